import { requestLogger } from "@weerbaar/observability";
import type { BotContext } from "../bot-context.ts";
import { plainNoticeContent, type ReplyTarget } from "../outgoing/content.ts";
import { displayNameOf } from "../rooms/membership.ts";
import type { RoomEvent } from "../sync/sync-types.ts";
import { mayAnswer, type PendingQuestion } from "./choices.ts";
import { questionForSomeoneElse, questionNoLongerOpen } from "./question-notices.ts";

/**
 * Says why an answer is not applied, at most once per event. Nothing is written, so unlike a turn it needs no
 * claim: a notice lost to a stop in between costs nothing but the notice.
 */
async function tellOnce(
  ctx: BotContext,
  roomId: string,
  eventId: string,
  text: string,
  target: ReplyTarget,
  why: string,
): Promise<void> {
  if (!(await ctx.store.kv.markProcessed(eventId))) return;
  await ctx.sender.sendEvent(roomId, "m.room.message", plainNoticeContent(text, target), `reply:${eventId}`);
  requestLogger(ctx.log, eventId).info({ roomId, why }, "answer not applied");
}

/**
 * An answer (a reaction, or a reply that answers) to a given question is applied only when it comes from the
 * question's asker and the question is still their latest open one. Otherwise the responder is told why, and
 * true is returned: someone else's question changes nothing, and an older question is not mistaken for the
 * newer one its asker has open now.
 */
export async function refusedAnswer(
  ctx: BotContext,
  question: PendingQuestion,
  event: RoomEvent,
  target: ReplyTarget,
): Promise<boolean> {
  const lang = question.lang ?? "nl";
  if (!mayAnswer(question, event.sender)) {
    const name = (await displayNameOf(ctx, question.roomId, question.askedBy)) ?? question.askedBy;
    const text = questionForSomeoneElse(lang, name);
    await tellOnce(ctx, question.roomId, event.event_id, text, target, "someone else's question");
    return true;
  }
  if (!(await ctx.questions.isLatest(question))) {
    const text = questionNoLongerOpen(lang);
    await tellOnce(ctx, question.roomId, event.event_id, text, target, "question no longer open");
    return true;
  }
  return false;
}
