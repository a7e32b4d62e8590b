import type { Logger } from "pino";
import type { MessageMention } from "../assistant-types.ts";
import type { BotContext } from "../bot-context.ts";
import type { ReplyTarget } from "../outgoing/content.ts";
import { displayNameOf } from "../rooms/membership.ts";
import type { PendingQuestion } from "./choices.ts";

/** One event the bot has decided to answer: who said what where, and where the answer goes. */
export type Answer = {
  roomId: string;
  sender: string;
  text: string;
  conversationId: string;
  isDirect: boolean;
  target: ReplyTarget;
  txnKey: string;
  /** The people the message mentions with pills (not the bot). */
  mentions?: MessageMention[];
  /** The turn's logger: it carries the event id as `reqId`. */
  log: Logger;
  /** The question this turn answers (a reaction or a number to it): closed once the answer is out. */
  answering?: PendingQuestion;
};

/** Runs the assistant on the message, sends its reply and keeps the question book up to date. */
export async function runTurn(ctx: BotContext, a: Answer): Promise<void> {
  const started = performance.now();
  const reply = await ctx.assistant.handle({
    conversationId: a.conversationId,
    channel: { platform: "matrix", id: a.roomId },
    identity: { platform: "matrix", userId: a.sender },
    displayName: await displayNameOf(ctx, a.roomId, a.sender),
    text: a.text,
    ...(a.mentions && a.mentions.length > 0 ? { mentions: a.mentions } : {}),
    isDirect: a.isDirect,
  });
  const eventId = await ctx.sender.sendReply(a.roomId, reply, a.target, a.txnKey);
  if (a.answering) await ctx.questions.close(a.answering);
  await ctx.questions.remember(reply, {
    eventId,
    conversationId: a.conversationId,
    roomId: a.roomId,
    ...(a.target.threadRoot ? { threadRoot: a.target.threadRoot } : {}),
    isDirect: a.isDirect,
    askedBy: a.sender,
  });
  ctx.metrics.turn(reply.intent, (performance.now() - started) / 1000);
  a.log.info({ roomId: a.roomId, intent: reply.intent, eventId }, "answered");
}
