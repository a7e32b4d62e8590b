/** The HTTP status of a failed call to the Teams channel, when the error carries one. */
export function httpStatusOf(error: unknown): number | undefined {
  if (typeof error !== "object" || error === null) return undefined;
  const candidate = error as { statusCode?: unknown; status?: unknown; response?: { status?: unknown } };
  for (const value of [candidate.statusCode, candidate.status, candidate.response?.status]) {
    if (typeof value === "number") return value;
  }
  return undefined;
}

/** Whether the channel says the bot can no longer post there: removed from the team/chat, or conversation gone. */
export function isConversationGone(error: unknown): boolean {
  const status = httpStatusOf(error);
  return status === 403 || status === 404;
}

/** Thrown by sendProactive when the conversation can no longer receive messages; its reference is deactivated. */
export class TeamsConversationGoneError extends Error {
  override readonly name = "TeamsConversationGoneError";
  constructor(
    readonly channelId: string,
    readonly reason: "removed" | "not_found" | "inactive" | "unknown",
  ) {
    super(`Teams conversation ${channelId} cannot receive messages (${reason})`);
  }
}

/** Why a request was not let in: a bad token (401) or a channel key service that could not be reached (503). */
export class InboundAuthError extends Error {
  override readonly name = "InboundAuthError";
  constructor(
    readonly status: 401 | 503,
    readonly reason: string,
  ) {
    super(reason);
  }
}
