import type { Reply } from "../assistant-types.ts";
import type { BotContext } from "../bot-context.ts";
import { conversationOf, isDirect } from "../rooms/membership.ts";

/**
 * Posts a message the bot starts itself (a reminder) to a room under the given transaction id, so a resend is the
 * same event: as m.text that notifies the people in `notify` (and the reply's pills). A question in it is anyone's
 * to answer. Returns the event id.
 */
export async function postToRoom(
  ctx: BotContext,
  roomId: string,
  reply: Reply,
  txnId: string,
  notify: readonly string[] = [],
): Promise<string> {
  const eventId = await ctx.sender.sendReply(roomId, reply, {}, txnId, notify);
  await ctx.questions.remember(reply, {
    eventId,
    conversationId: await conversationOf(ctx, roomId),
    roomId,
    isDirect: await isDirect(ctx, roomId),
    askedBy: "",
  });
  return eventId;
}
