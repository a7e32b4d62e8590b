import type { Server } from "node:http";
import { openStore, type Store } from "@weerbaar/store";
import { MatrixClient } from "matrix-bot-sdk";
import { type Logger, pino } from "pino";
import { loadAssistant } from "./assistant.ts";
import type { Assistant } from "./assistant-types.ts";
import { createMatrixBot, type MatrixBot } from "./bot.ts";
import type { MatrixBotEnv } from "./env.ts";
import { checkHealth, startHealthServer } from "./health.ts";
import { forgetAccessToken, resolveAccessToken } from "./login.ts";
import { routeSdkLogs } from "./sdk-logs.ts";
import { KvStorageProvider } from "./storage-provider.ts";

/** A wired, running Matrix bot process. */
export type MatrixApp = {
  bot: MatrixBot;
  store: Store;
  health?: Server;
  /** Stops the bot, the health server and the store. */
  close(): Promise<void>;
};

/** Test seams: another assistant, another logger. Production passes nothing. */
export type MatrixAppOverrides = { assistant?: Assistant; logger?: Logger; onFatal?: (error: Error) => void };

/**
 * Opens the store, logs in (token, or password once), wires assistant, bot and /healthz, and starts syncing.
 * A dead token that came from a password login is forgotten so the next start logs in again.
 */
export async function startMatrixApp(
  env: MatrixBotEnv,
  overrides: MatrixAppOverrides = {},
): Promise<MatrixApp> {
  const logger = overrides.logger ?? pino({ level: env.LOG_LEVEL });
  routeSdkLogs(logger);
  const store = await openStore(env.DATABASE_URL);
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
    const bot = createMatrixBot({
      client,
      assistant,
      store,
      allow: { users: env.MATRIX_ALLOWED_USERS, servers: env.MATRIX_ALLOWED_SERVERS },
      commandPrefix: env.MATRIX_COMMAND_PREFIX,
      logger,
      leaseSlotMs: env.MATRIX_LEASE_SECONDS * 1000,
      onFatal: (error) => {
        void forgetToken().finally(() => overrides.onFatal?.(error));
      },
    });
    await bot.start();
    if (env.HEALTH_PORT !== undefined) {
      health = await startHealthServer(env.HEALTH_PORT, () =>
        checkHealth(bot.status(), store, new Date(), env.MATRIX_LEASE_SECONDS * 1000 * 6 + 60_000),
      );
      logger.info({ port: env.HEALTH_PORT }, "health endpoint on /healthz");
    }
    return {
      bot,
      store,
      ...(health ? { health } : {}),
      close: async () => {
        await bot.stop();
        await new Promise<void>((r) => (health ? health.close(() => r()) : r()));
        await store.close();
      },
    };
  } catch (error) {
    if ((error as Error).name === "UnknownTokenError") await forgetToken();
    await store.close().catch(() => undefined);
    throw error;
  }
}
