import { isDatabaseError, REQUEST_ID_FIELD } from "@weerbaar/observability";
import type { BotContext } from "../bot-context.ts";
import { UnknownTokenError } from "../client/retry.ts";

/**
 * One failing room or event must not stop the others; only a dead token stops the bot. A failed event is logged
 * under its event id as `reqId`, as the turn's own lines are.
 */
export async function guarded(
  ctx: BotContext,
  roomId: string,
  fn: () => Promise<void>,
  eventId?: string,
): Promise<void> {
  try {
    await fn();
  } catch (error) {
    if (error instanceof UnknownTokenError) throw error;
    if (isDatabaseError(error)) ctx.metrics.databaseError("turn");
    ctx.log.error(
      { err: error, roomId, ...(eventId ? { [REQUEST_ID_FIELD]: eventId } : {}) },
      "handling a Matrix event failed",
    );
  }
}
