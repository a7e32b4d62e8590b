import { randomUUID } from "node:crypto";
import type { Logger } from "pino";

/** The log field that ties together every line of one turn. */
export const REQUEST_ID_FIELD = "reqId";

/**
 * A child logger whose every line carries `reqId`: the platform's own id for the turn (Teams activity id, Matrix
 * event id) or, when it has none, a fresh UUID. Use it for every line written while handling that turn.
 */
export function requestLogger(logger: Logger, requestId?: string): Logger {
  return logger.child({ [REQUEST_ID_FIELD]: requestId || randomUUID() });
}
