import { randomBytes } from "node:crypto";
import type { Server } from "node:http";
import { type BotMetrics, createBotMetrics, createInFlight, type InFlight } from "@weerbaar/observability";
import { openStore, type Store } from "@weerbaar/store";
import { MatrixClient } from "matrix-bot-sdk";
import { type Logger, pino } from "pino";
import { loadAssistant } from "./assistant.ts";
import type { Assistant } from "./assistant-types.ts";
import { createMatrixBot, type MatrixBot } from "./bot.ts";
import {
  CRYPTO_STORE_KEY,
  createEndToEnd,
  fileSnapshotStore,
  kvSnapshotStore,
  readCryptoPassphrase,
  staffVerification,
} from "./crypto/index.ts";
import type { MatrixBotEnv } from "./env.ts";
import { checkHealth, startHealthServer } from "./http/health.ts";
import { forgetAccessToken, resolveAccessToken } from "./login.ts";
import { routeSdkLogs } from "./sdk-logs.ts";
import { type LeaseHold, MATRIX_LEASE_NAME, stillHolds } from "./state/lease.ts";
import { KvStorageProvider } from "./state/storage-provider.ts";

/** A wired, running Matrix bot process. */
export type MatrixApp = {
  bot: MatrixBot;
  store: Store;
  health?: Server;
  /** The process's metrics, served on the health server's /metrics. */
  metrics: BotMetrics;
  /** Turns in progress. */
  inFlight: InFlight;
  /** Stops syncing (no new events are taken up) and waits for the batch in hand; the first step of a shutdown. */
  stop(): Promise<void>;
  /** Stops the bot if it still runs, then closes the health server and the store. */
  close(): Promise<void>;
};

/** Test seams: another assistant, another logger. Production passes nothing. */
export type MatrixAppOverrides = { assistant?: Assistant; logger?: Logger; onFatal?: (error: Error) => void };

/**
 * Opens the store, logs in (token, or password once), wires assistant, bot, metrics and the health server
 * (/livez, /readyz, /healthz, /metrics), and starts syncing.
 * A dead token that came from a password login is forgotten so the next start logs in again.
 */
export async function startMatrixApp(
  env: MatrixBotEnv,
  overrides: MatrixAppOverrides = {},
): Promise<MatrixApp> {
  const logger = overrides.logger ?? pino({ level: env.LOG_LEVEL });
  routeSdkLogs(logger);
  const store = await openStore(env.DATABASE_URL);
  const startedAt = Date.now();
  let bot: MatrixBot | undefined;
  const metrics = createBotMetrics({
    platform: "matrix",
    syncLagSeconds: () => (Date.now() - (bot?.status().lastSyncAt?.getTime() ?? startedAt)) / 1000,
  });
  const inFlight = createInFlight();
  const passwordLogin = !env.MATRIX_ACCESS_TOKEN && env.MATRIX_USER_ID !== undefined;
  const forgetToken = async () => {
    if (passwordLogin && env.MATRIX_USER_ID) await forgetAccessToken(env.MATRIX_USER_ID, store);
  };
  let health: Server | undefined;
  try {
    const accessToken = await resolveAccessToken(
      env.MATRIX_HOMESERVER_URL,
      { accessToken: env.MATRIX_ACCESS_TOKEN, userId: env.MATRIX_USER_ID, password: env.MATRIX_PASSWORD },
      store,
    );
    const client = new MatrixClient(env.MATRIX_HOMESERVER_URL, accessToken, new KvStorageProvider(store));
    const assistant = overrides.assistant ?? loadAssistant(store, env.WEERBAAR_ADMINS);
    // End-to-end encryption when a store passphrase is configured; without one the wasm crypto is never loaded.
    const passphrase = readCryptoPassphrase({
      passphrase: env.MATRIX_CRYPTO_PASSPHRASE,
      passphraseFile: env.MATRIX_CRYPTO_PASSPHRASE_FILE,
    });
    // The crypto store is written only while this instance still holds the lease (a fenced write).
    const hold: LeaseHold = {
      name: MATRIX_LEASE_NAME,
      holder: randomBytes(8).toString("hex"),
      ttlMs: env.MATRIX_LEASE_SECONDS * 1000,
    };
    const crypto =
      passphrase === undefined
        ? undefined
        : createEndToEnd({
            client,
            passphrase,
            snapshots: env.MATRIX_CRYPTO_STORE_FILE
              ? fileSnapshotStore(env.MATRIX_CRYPTO_STORE_FILE, () => stillHolds(store.leases, hold))
              : kvSnapshotStore(store, CRYPTO_STORE_KEY, hold),
            ...(env.MATRIX_PASSWORD ? { password: env.MATRIX_PASSWORD } : {}),
            verification: staffVerification(store),
            logger,
          });
    bot = createMatrixBot({
      client,
      assistant,
      store,
      allow: { users: env.MATRIX_ALLOWED_USERS, servers: env.MATRIX_ALLOWED_SERVERS },
      commandPrefix: env.MATRIX_COMMAND_PREFIX,
      logger,
      leaseSlotMs: hold.ttlMs,
      leaseHolder: hold.holder,
      metrics,
      inFlight,
      ...(crypto ? { crypto } : {}),
      onFatal: (error) => {
        void forgetToken().finally(() => overrides.onFatal?.(error));
      },
    });
    const running = bot;
    await running.start();
    if (env.HEALTH_PORT !== undefined) {
      health = await startHealthServer({
        port: env.HEALTH_PORT,
        host: env.HEALTH_HOST,
        health: async () => {
          const result = await checkHealth(
            running.status(),
            store,
            new Date(),
            env.MATRIX_LEASE_SECONDS * 1000 * 6 + 60_000,
          );
          if (result.database === "unreachable") metrics.databaseError("readiness");
          return result;
        },
        metrics: metrics.registry,
      });
      logger.info(
        { host: env.HEALTH_HOST, port: env.HEALTH_PORT },
        "health endpoints on /livez, /readyz (/healthz)",
      );
    }
    let stopped: Promise<void> | undefined;
    const stop = () => {
      stopped ??= running.stop();
      return stopped;
    };
    return {
      bot: running,
      store,
      metrics,
      inFlight,
      ...(health ? { health } : {}),
      stop,
      close: async () => {
        // A shutdown past its deadline closes while the stop still waits on work: do not wait for it again.
        if (!stopped) await stop();
        await new Promise<void>((r) => {
          if (!health) return r();
          health.close(() => r());
          health.closeAllConnections();
        });
        await store.close();
      },
    };
  } catch (error) {
    if ((error as Error).name === "UnknownTokenError") await forgetToken();
    await store.close().catch(() => undefined);
    throw error;
  }
}
