import { requestLogger } from "@weerbaar/observability";
import { answerOnce } from "../answers/answer-once.ts";
import { actionByReaction } from "../answers/choices.ts";
import { refusedAnswer } from "../answers/refusals.ts";
import type { BotContext } from "../bot-context.ts";
import type { ReplyTarget } from "../outgoing/content.ts";
import type { RoomEvent } from "../sync/sync-types.ts";
import { tooOld } from "./age.ts";
import { relationOf } from "./relation.ts";
import { mayTakeUp } from "./senders.ts";

/** A 👍 or 👎 on one of the bot's questions answers that question, when its asker gave it. */
export async function handleReaction(ctx: BotContext, roomId: string, event: RoomEvent): Promise<void> {
  const relation = relationOf(event.content);
  if (relation?.rel_type !== "m.annotation" || typeof relation.event_id !== "string") return;
  // The reaction answers the question it was given on, whoever else has a question open in the room.
  const question = await ctx.questions.byEvent(relation.event_id);
  if (!question) return;
  const value = actionByReaction(String(relation.key ?? ""), question.actions);
  if (value === undefined || (await tooOld(ctx, roomId, event))) return;
  const target: ReplyTarget = {
    inReplyTo: question.eventId,
    ...(question.threadRoot ? { threadRoot: question.threadRoot } : {}),
  };
  if (!(await mayTakeUp(ctx, event.sender))) return;
  if (await refusedAnswer(ctx, question, event, target)) return;
  await answerOnce(ctx, event.event_id, {
    log: requestLogger(ctx.log, event.event_id),
    roomId,
    sender: event.sender,
    text: value,
    conversationId: question.conversationId,
    isDirect: question.isDirect,
    target,
    txnKey: `reply:${event.event_id}`,
    answering: question,
  });
}
