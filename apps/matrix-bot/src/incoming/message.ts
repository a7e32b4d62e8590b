import { requestLogger } from "@weerbaar/observability";
import { answerOnce } from "../answers/answer-once.ts";
import { actionByNumber, answersActions } from "../answers/choices.ts";
import { refusedAnswer } from "../answers/refusals.ts";
import type { BotContext } from "../bot-context.ts";
import type { ReplyTarget } from "../outgoing/content.ts";
import { conversationOf, isDirect } from "../rooms/membership.ts";
import type { RoomEvent } from "../sync/sync-types.ts";
import { addressing, type MessageContent } from "./addressing.ts";
import { tooOld } from "./age.ts";
import { pillMentions } from "./pill-mentions.ts";
import { relationOf } from "./relation.ts";
import { mayTakeUp } from "./senders.ts";

/**
 * An m.text message: answered in a direct chat; in a group only when it addresses the bot, or when its sender
 * answers their open question (a bare number, or a reply to the question). Edits, notices and other
 * message types are not.
 */
export async function handleMessage(ctx: BotContext, roomId: string, event: RoomEvent): Promise<void> {
  const content = event.content as MessageContent & Record<string, unknown>;
  if (content.msgtype !== "m.text") return; // m.notice (bots), files, emotes…
  const relation = relationOf(content);
  if (relation?.rel_type === "m.replace") return;
  if (await tooOld(ctx, roomId, event)) return;
  const threadRoot = relation?.rel_type === "m.thread" ? String(relation.event_id) : undefined;
  const conversationId = `${await conversationOf(ctx, roomId)}${threadRoot ? `:${threadRoot}` : ""}`;
  const direct = await isDirect(ctx, roomId);
  const addressed = addressing(content, ctx.self);
  const target: ReplyTarget = { inReplyTo: event.event_id, ...(threadRoot ? { threadRoot } : {}) };
  const inReplyTo = (relation?.["m.in_reply_to"] as { event_id?: string } | undefined)?.event_id;
  // A reply that answers one of the bot's questions is about that question, not about the sender's latest.
  const repliedTo = inReplyTo === undefined ? undefined : await ctx.questions.byEvent(inReplyTo);
  const answered = repliedTo && answersActions(addressed.text, repliedTo.actions) ? repliedTo : undefined;
  if (answered) {
    if (!(await mayTakeUp(ctx, event.sender))) return;
    if (await refusedAnswer(ctx, answered, event, target)) return;
  }
  const pending = answered ?? (await ctx.questions.openFor(conversationId, event.sender));
  const chosen = pending ? actionByNumber(addressed.text, pending.actions) : undefined;
  if (!direct && !addressed.addressed) {
    const answersQuestion = pending !== undefined && (inReplyTo === pending.eventId || chosen !== undefined);
    if (!answersQuestion) return;
  }
  if (!answered && !(await mayTakeUp(ctx, event.sender))) return;
  await answerOnce(ctx, event.event_id, {
    log: requestLogger(ctx.log, event.event_id),
    roomId,
    sender: event.sender,
    text: chosen ?? addressed.text,
    ...(chosen === undefined ? { mentions: pillMentions(content.formatted_body, ctx.self.userId) } : {}),
    conversationId,
    isDirect: direct,
    target,
    txnKey: `reply:${event.event_id}`,
    ...(pending && (answered || chosen !== undefined) ? { answering: pending } : {}),
  });
}
