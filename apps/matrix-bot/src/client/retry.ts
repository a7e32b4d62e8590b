/** The access token is invalid or revoked: retrying cannot help, the bot must stop. */
export class UnknownTokenError extends Error {
  /** Wraps the server's M_UNKNOWN_TOKEN answer. */
  constructor(cause: unknown) {
    super(
      "Matrix rejected the access token (M_UNKNOWN_TOKEN). Create a new token for the bot account and set " +
        "MATRIX_ACCESS_TOKEN (or MATRIX_USER_ID + MATRIX_PASSWORD) / Matrix weigert het toegangstoken: maak een nieuw token aan.",
      { cause },
    );
    this.name = "UnknownTokenError";
  }
}

/** How an error from a Matrix request should be treated. */
export type ErrorKind =
  | { kind: "rate-limited"; retryAfterMs: number }
  | { kind: "transient" }
  | { kind: "unknown-token" }
  | { kind: "fatal" };

const TRANSIENT_CODES = new Set([
  "ECONNREFUSED",
  "ECONNRESET",
  "ETIMEDOUT",
  "ESOCKETTIMEDOUT",
  "EPIPE",
  "EAI_AGAIN",
  "ENOTFOUND",
  "EHOSTUNREACH",
  "UND_ERR_SOCKET",
]);

/** Classifies an error thrown by matrix-bot-sdk (MatrixError, a raw non-2xx response, or a socket error). */
export function classifyError(error: unknown): ErrorKind {
  const e = (error ?? {}) as {
    errcode?: string;
    retryAfterMs?: number;
    body?: { retry_after_ms?: number };
    statusCode?: number;
    code?: string;
  };
  if (e.errcode === "M_LIMIT_EXCEEDED" || e.statusCode === 429) {
    return { kind: "rate-limited", retryAfterMs: e.retryAfterMs ?? e.body?.retry_after_ms ?? 1000 };
  }
  if (e.errcode === "M_UNKNOWN_TOKEN") return { kind: "unknown-token" };
  if (typeof e.code === "string" && TRANSIENT_CODES.has(e.code)) return { kind: "transient" };
  if (typeof e.statusCode === "number" && e.statusCode >= 500) return { kind: "transient" };
  return { kind: "fatal" };
}

/** Retry settings; `sleep` is injected so tests do not wait. */
export type RetryOptions = {
  sleep: (ms: number) => Promise<void>;
  /** Attempts in all before giving up on transient and rate-limit errors. */
  maxAttempts?: number;
  /** First back-off after a network error; doubles up to `maxBackoffMs`. */
  baseBackoffMs?: number;
  maxBackoffMs?: number;
  onRetry?: (kind: ErrorKind, attempt: number, waitMs: number) => void;
};

/**
 * Runs a Matrix request, waiting `retry_after_ms` after M_LIMIT_EXCEEDED and backing off exponentially
 * after network errors; M_UNKNOWN_TOKEN becomes an UnknownTokenError, anything else is rethrown.
 */
export async function withRetry<T>(request: () => Promise<T>, options: RetryOptions): Promise<T> {
  const maxAttempts = options.maxAttempts ?? 8;
  let backoff = options.baseBackoffMs ?? 500;
  for (let attempt = 1; ; attempt++) {
    try {
      return await request();
    } catch (error) {
      const kind = classifyError(error);
      if (kind.kind === "unknown-token") throw new UnknownTokenError(error);
      if (kind.kind === "fatal" || attempt >= maxAttempts) throw error;
      const waitMs = kind.kind === "rate-limited" ? kind.retryAfterMs + 50 : backoff;
      if (kind.kind === "transient") backoff = Math.min(backoff * 2, options.maxBackoffMs ?? 30_000);
      options.onRetry?.(kind, attempt, waitMs);
      await options.sleep(waitMs);
    }
  }
}
