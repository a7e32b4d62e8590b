import type { Logger } from "pino";
import type { BotContext } from "../bot-context.ts";

/** How long one typing notice lasts on the server; renewed well before, while the turn goes on. */
const TYPING_TIMEOUT_MS = 30_000;
const TYPING_RENEW_MS = 20_000;

async function setTyping(ctx: BotContext, roomId: string, typing: boolean): Promise<void> {
  const path = `/_matrix/client/v3/rooms/${encodeURIComponent(roomId)}/typing/${encodeURIComponent(ctx.self.userId)}`;
  await ctx.client.doRequest("PUT", path, null, typing ? { typing, timeout: TYPING_TIMEOUT_MS } : { typing });
}

/**
 * Runs `work` (a turn) with the bot shown as typing in the room, and stops typing once it is done, answer sent
 * or not. Typing notices are a courtesy: one that fails is logged on the turn's logger and changes nothing else.
 */
export async function whileTyping<T>(
  ctx: BotContext,
  roomId: string,
  log: Logger,
  work: () => Promise<T>,
): Promise<T> {
  const courtesy = (typing: boolean) =>
    setTyping(ctx, roomId, typing).catch((error) =>
      log.warn({ err: error, roomId, typing }, "typing notice failed"),
    );
  await courtesy(true);
  const renew = setInterval(() => void courtesy(true), TYPING_RENEW_MS);
  renew.unref();
  try {
    return await work();
  } finally {
    clearInterval(renew);
    await courtesy(false);
  }
}
