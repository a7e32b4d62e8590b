import type { Logger } from "pino";
import type { BotContext } from "../bot-context.ts";

/**
 * Sends a read receipt (`m.read`) for an event the bot has taken up, so its sender sees it was read, also for
 * messages answered late (a catch-up). A courtesy: a failure is logged on the turn's logger and nothing else.
 */
export async function markRead(ctx: BotContext, roomId: string, eventId: string, log: Logger): Promise<void> {
  const path = `/_matrix/client/v3/rooms/${encodeURIComponent(roomId)}/receipt/m.read/${encodeURIComponent(eventId)}`;
  await ctx.client
    .doRequest("POST", path, null, {})
    .catch((error) => log.warn({ err: error, roomId }, "read receipt failed"));
}
