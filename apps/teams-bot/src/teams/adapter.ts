import { type Activity, CloudAdapter, type InvokeResponse, type TurnContext } from "botbuilder";
import { InboundAuthError } from "./errors.ts";

function statusOf(error: unknown): number | undefined {
  const status = (error as { statusCode?: unknown } | null)?.statusCode;
  return typeof status === "number" ? status : undefined;
}

/**
 * CloudAdapter with authentication split from the turn: `process` maps only botbuilder's AuthenticationError to
 * 401 and everything else (a forged signature, an unknown algorithm) to 500, so the bot authenticates first,
 * answers every rejection with 401 itself, and only then runs the turn.
 */
export class WeerbaarAdapter extends CloudAdapter {
  /** Validates the request's JWT (when an app id is configured); throws InboundAuthError. */
  async authenticate(activity: Activity, authHeader: string) {
    try {
      return await this.botFrameworkAuthentication.authenticateRequest(activity, authHeader);
    } catch (error) {
      const status = statusOf(error);
      const message = error instanceof Error ? error.message : String(error);
      // botbuilder reports failures to fetch the channel's keys as 500; those are ours, not the caller's.
      if ((status !== undefined && status >= 500) || isNetworkError(error))
        throw new InboundAuthError(503, message);
      throw new InboundAuthError(401, message);
    }
  }

  /** Runs the turn for an already authenticated activity. */
  runAuthenticated(
    auth: Awaited<ReturnType<WeerbaarAdapter["authenticate"]>>,
    activity: Activity,
    logic: (context: TurnContext) => Promise<void>,
  ): Promise<InvokeResponse | undefined> {
    return this.processActivity(auth, activity, logic);
  }
}

function isNetworkError(error: unknown): boolean {
  const name = (error as { name?: unknown; code?: unknown } | null)?.name;
  const code = (error as { code?: unknown } | null)?.code;
  return name === "FetchError" || code === "ECONNREFUSED" || code === "ENOTFOUND" || code === "ETIMEDOUT";
}
