import { randomBytes } from "node:crypto";
import { type BotMetrics, createBotMetrics, createInFlight, type InFlight } from "@weerbaar/observability";
import type { MatrixClient } from "matrix-bot-sdk";
import { type Logger, pino } from "pino";
import { QuestionBook } from "./answers/questions.ts";
import type { Assistant, Reply } from "./assistant-types.ts";
import type { BotContext } from "./bot-context.ts";
import type { BotStore } from "./bot-store.ts";
import { type RetryOptions, withRetry } from "./client/retry.ts";
import { postToRoom } from "./outgoing/post-to-room.ts";
import { MatrixSender } from "./outgoing/sender.ts";
import type { RoomCrypto } from "./room-crypto.ts";
import type { AllowList } from "./rooms/allow-list.ts";
import { LeaderLease, MATRIX_LEASE_NAME } from "./state/lease.ts";
import { KvStorageProvider } from "./state/storage-provider.ts";
import { runSyncLoop, type SyncState } from "./sync/sync-loop.ts";
import { syncFilter, TIMELINE_LIMIT } from "./sync/sync-types.ts";

/** Everything the bot needs, injected so tests build it in-process against a real homeserver. */
export type MatrixBotOptions = {
  /** A matrix-bot-sdk client with the bot's access token. */
  client: MatrixClient;
  assistant: Assistant;
  store: BotStore;
  /** Who may invite the bot and keep it in a room. */
  allow: AllowList;
  /** Addresses the bot in group rooms; default `!weerbaar`. */
  commandPrefix?: string;
  now?: () => Date;
  logger?: Logger;
  sleep?: (ms: number) => Promise<void>;
  /** Long-poll time of one /sync; default 15 s. */
  syncTimeoutMs?: number;
  /** How long the leader lease lasts unrenewed; default 20 s (a dead leader is replaced within that). */
  leaseSlotMs?: number;
  /** This instance's holder id on the lease (random by default); the crypto store's write fence names it too. */
  leaseHolder?: string;
  /** Events older than this (by the server's timestamp) are never answered; default 24 h. */
  maxEventAgeMs?: number;
  /** Events per room in one /sync and per page of a catch-up; default 100. */
  timelineLimit?: number;
  /** Called when the bot stops by itself (M_UNKNOWN_TOKEN). */
  onFatal?: (error: Error) => void;
  /** The process's metrics (turns, latency, database errors); a fresh registry by default. */
  metrics?: BotMetrics;
  /** Counts turns in progress, for the graceful shutdown; a fresh tracker by default. */
  inFlight?: InFlight;
  /** End-to-end encryption hooks (see room-crypto.ts); none by default. */
  crypto?: RoomCrypto;
};

/** What /healthz and tests can see of a running bot. */
export type MatrixBotStatus = {
  running: boolean;
  leader: boolean;
  lastSyncAt?: Date;
  fatalError?: string;
};

/** A running Matrix adapter. */
export interface MatrixBot {
  /** The bot's own user id (known after start). */
  readonly userId: string;
  /** Checks the token, then syncs in the background while holding the leader lease. */
  start(): Promise<void>;
  /** Finishes the event at hand, saves the sync token and gives the lease up. */
  stop(): Promise<void>;
  /** Liveness for /healthz. */
  status(): MatrixBotStatus;
  /**
   * Posts a reply to a room (reminders) as m.text that notifies `notify` (user ids: organiser, attendees); the
   * transaction id makes a resend idempotent. Returns the event id.
   */
  sendToRoom(
    roomId: string,
    reply: Reply,
    options: { txnId: string; notify?: readonly string[] },
  ): Promise<string>;
}

const DEFAULT_PREFIX = "!weerbaar";

/**
 * Builds the Matrix adapter: the shared context (bot-context.ts), the leader lease and the sync loop
 * (sync/sync-loop.ts), which hands each response to sync/handle-sync.ts.
 */
export function createMatrixBot(options: MatrixBotOptions): MatrixBot {
  const { client, store } = options;
  const now = options.now ?? (() => new Date());
  const log = options.logger ?? pino({ level: "info" });
  const leaseSlotMs = options.leaseSlotMs ?? 20_000;
  const timelineLimit = options.timelineLimit ?? TIMELINE_LIMIT;
  const storage = new KvStorageProvider(store);
  const lease = new LeaderLease({
    leases: store.leases,
    name: MATRIX_LEASE_NAME,
    ttlMs: leaseSlotMs,
    now,
    ...(options.leaseHolder ? { holder: options.leaseHolder } : {}),
  });

  let running = false;
  const state: SyncState = { stopping: false, busy: Promise.resolve() };
  let wakeUp: () => void = () => {};
  let stopped = new Promise<void>((r) => {
    wakeUp = r;
  });
  let loop: Promise<void> = Promise.resolve();
  let leaseTimer: NodeJS.Timeout | undefined;

  const realSleep = options.sleep ?? ((ms: number) => new Promise<void>((r) => setTimeout(r, ms)));
  const pause = (ms: number) => Promise.race([realSleep(ms), stopped]);
  const retry: RetryOptions = {
    sleep: pause,
    maxAttempts: 10,
    onRetry: (kind, attempt, waitMs) =>
      log.warn({ kind: kind.kind, attempt, waitMs }, "matrix request retried"),
  };
  const crypto = options.crypto ?? {};
  const ctx: BotContext = {
    client,
    assistant: options.assistant,
    store,
    allow: options.allow,
    log,
    now,
    metrics: options.metrics ?? createBotMetrics({ platform: "matrix", processMetrics: false }),
    inFlight: options.inFlight ?? createInFlight(),
    maxEventAgeMs: options.maxEventAgeMs ?? 24 * 3600_000,
    timelineLimit,
    sender: new MatrixSender(client, retry, crypto),
    questions: new QuestionBook(store),
    crypto,
    request: (fn) => withRetry(fn, retry),
    self: { userId: "", commandPrefix: options.commandPrefix ?? DEFAULT_PREFIX },
  };

  let checking = false;
  const checkLease = async () => {
    if (checking) return; // a slow database must not pile up overlapping checks
    checking = true;
    try {
      await lease.check();
    } catch (error) {
      log.error({ err: error }, "leader lease check failed");
    } finally {
      checking = false;
    }
  };

  return {
    get userId() {
      return ctx.self.userId;
    },
    async start() {
      if (running) return;
      await loop; // a previous run's last long-poll, so two loops never overlap
      state.stopping = false;
      delete state.fatalError;
      stopped = new Promise<void>((r) => {
        wakeUp = r;
      });
      const userId = await ctx.request(() => client.getUserId());
      const profile = await ctx.request(() => client.getUserProfile(userId)).catch(() => ({}));
      const displayName = (profile as { displayname?: string }).displayname;
      ctx.self = { ...ctx.self, userId, ...(displayName ? { displayName } : {}) };
      if (crypto.start) await crypto.start({ userId });
      running = true;
      await checkLease();
      // Renewed from now on: opening the crypto store below may take longer than a lease slot.
      leaseTimer = setInterval(checkLease, Math.max(250, leaseSlotMs / 4));
      // The crypto store is read only by the lease holder (standbys open it when they take over, see the sync
      // loop): a missing or damaged store refuses the start of an instance that leads at once.
      if (crypto.lead && lease.holds()) {
        try {
          await crypto.lead();
        } catch (error) {
          running = false;
          clearInterval(leaseTimer);
          await lease.release().catch(() => undefined);
          throw error;
        }
      }
      const deps = {
        ctx,
        storage,
        lease,
        filter: syncFilter(timelineLimit),
        syncTimeoutMs: options.syncTimeoutMs ?? 15_000,
        leaseSlotMs,
        pause,
        wakeUp: () => wakeUp(),
        ...(options.onFatal ? { onFatal: options.onFatal } : {}),
      };
      loop = runSyncLoop(deps, state).finally(() => {
        running = false;
        clearInterval(leaseTimer);
      });
      log.info({ userId, instance: randomBytes(3).toString("hex") }, "matrix bot started");
    },
    async stop() {
      if (!running && !state.stopping) return;
      state.stopping = true;
      wakeUp();
      clearInterval(leaseTimer);
      await state.busy;
      await Promise.race([loop, realSleep(100)]);
      running = false;
      // Only a leader writes its store out; one that lost the lease drops it (the new leader's copy is newer).
      const closing = lease.holds() ? crypto.stop?.() : crypto.standDown?.();
      await closing?.catch((error) => log.error({ err: error }, "closing the crypto store failed"));
      await lease.release().catch((error) => log.error({ err: error }, "releasing the lease failed"));
      log.info("matrix bot stopped");
    },
    status() {
      return {
        running,
        leader: running && lease.holds(),
        ...(state.lastSyncAt ? { lastSyncAt: state.lastSyncAt } : {}),
        ...(state.fatalError ? { fatalError: state.fatalError } : {}),
      };
    },
    async sendToRoom(roomId, reply, { txnId, notify }) {
      // Right after a takeover the sync loop may not have opened the crypto store yet (a reminder round can
      // come first); a no-op once open. A standby opens nothing: its send into an encrypted room fails.
      if (crypto.lead && lease.holds()) await crypto.lead();
      return postToRoom(ctx, roomId, reply, txnId, notify);
    },
  };
}
