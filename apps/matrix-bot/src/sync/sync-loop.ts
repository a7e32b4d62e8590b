import { randomBytes } from "node:crypto";
import type { BotContext } from "../bot-context.ts";
import { classifyError, UnknownTokenError } from "../client/retry.ts";
import type { LeaderLease } from "../state/lease.ts";
import type { KvStorageProvider } from "../state/storage-provider.ts";
import { handleSync } from "./handle-sync.ts";
import type { SyncResponse, syncFilter } from "./sync-types.ts";

/** The loop's state, shared with the bot's start/stop/status. */
export type SyncState = {
  stopping: boolean;
  lastSyncAt?: Date;
  fatalError?: string;
  /** The batch being handled now (stop waits for it). */
  busy: Promise<void>;
};

/** What the sync loop runs on. */
export type SyncLoopDeps = {
  ctx: BotContext;
  storage: KvStorageProvider;
  lease: LeaderLease;
  filter: ReturnType<typeof syncFilter>;
  /** Long-poll time of one /sync. */
  syncTimeoutMs: number;
  leaseSlotMs: number;
  /** Waits, or less when the bot stops. */
  pause: (ms: number) => Promise<void>;
  /** Wakes every pause up: called when a dead token stops the loop. */
  wakeUp: () => void;
  onFatal?: (error: Error) => void;
};

async function syncOnce(deps: SyncLoopDeps, token: string | null): Promise<SyncResponse> {
  const { filter, syncTimeoutMs } = deps;
  // Synapse answers identical initial syncs from a 2-minute cache, which would hand a freshly wiped bot a
  // stale position and replay old messages: a one-off room id in the filter makes each first sync unique.
  const requestFilter = token
    ? filter
    : {
        ...filter,
        room: { ...filter.room, not_rooms: [`!first-sync-${randomBytes(6).toString("hex")}:invalid`] },
      };
  const query: Record<string, string | number> = {
    filter: JSON.stringify(requestFilter),
    timeout: token ? syncTimeoutMs : 0,
    set_presence: "offline",
  };
  if (token) query.since = token;
  return (await deps.ctx.client.doRequest(
    "GET",
    "/_matrix/client/v3/sync",
    query,
    null,
    syncTimeoutMs + 15_000,
  )) as SyncResponse;
}

/**
 * The bot's own /sync loop (not the SDK's, which saves the token before a batch is handled): while this instance
 * holds the lease it syncs, hands the response to handleSync and only then saves the next token, so a restart
 * neither repeats nor drops events. Network errors back off up to 10 s, M_LIMIT_EXCEEDED waits as told, and
 * M_UNKNOWN_TOKEN stops the loop for good.
 */
export async function runSyncLoop(deps: SyncLoopDeps, state: SyncState): Promise<void> {
  const { ctx, lease, storage } = deps;
  let backoffMs = 500;
  while (!state.stopping) {
    if (!lease.holds()) {
      // A lost lease: the crypto store goes unwritten, and is read back fresh when this instance leads again.
      if (ctx.crypto.standDown) {
        await ctx.crypto
          .standDown()
          .catch((error) => ctx.log.error({ err: error }, "dropping crypto failed"));
      }
      await deps.pause(Math.min(2000, deps.leaseSlotMs / 4));
      continue;
    }
    try {
      // A takeover opens the crypto store (read back fresh) before any request of its machine; a no-op once open.
      if (ctx.crypto.lead) await ctx.crypto.lead();
      const token = await storage.getSyncToken();
      const response = await syncOnce(deps, token);
      ctx.log.debug(
        { hasToken: token !== null, rooms: Object.keys(response.rooms?.join ?? {}).length },
        "synced",
      );
      if (state.stopping || !lease.holds()) continue; // another instance may have the batch by now
      const work = handleSync(ctx, response, token === null).then(() =>
        storage.setSyncToken(response.next_batch),
      );
      state.busy = work.catch(() => undefined);
      await work;
      state.lastSyncAt = ctx.now();
      backoffMs = 500;
    } catch (error) {
      if (state.stopping) break;
      const kind = error instanceof UnknownTokenError ? "unknown-token" : classifyError(error).kind;
      if (kind === "unknown-token") {
        const fatal = error instanceof UnknownTokenError ? error : new UnknownTokenError(error);
        state.fatalError = fatal.message;
        ctx.log.fatal(fatal.message);
        state.stopping = true;
        deps.wakeUp();
        deps.onFatal?.(fatal);
        break;
      }
      const waitMs =
        kind === "rate-limited" ? (classifyError(error) as { retryAfterMs: number }).retryAfterMs : backoffMs;
      ctx.log.warn({ err: error, waitMs }, "sync failed; retrying");
      await deps.pause(waitMs);
      backoffMs = Math.min(backoffMs * 2, 10_000);
    }
  }
}
