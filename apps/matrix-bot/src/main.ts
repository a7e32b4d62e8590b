// Entry point (`pnpm --filter @weerbaar/matrix-bot start`): reads the environment and runs the bot until a signal.
import { reminderConfigFromEnv, remindersEnabled } from "@weerbaar/reminders";
import { startHousekeeping } from "@weerbaar/store";
import { pino } from "pino";
import { startMatrixApp } from "./app.ts";
import { readEnv } from "./env.ts";
import { createMatrixReminders } from "./reminders.ts";
import { CLAIMED_PREFIX } from "./storage-provider.ts";

const env = readEnv();
const logger = pino({ level: env.LOG_LEVEL });

let app: Awaited<ReturnType<typeof startMatrixApp>> | undefined;
let reminders: ReturnType<typeof createMatrixReminders> | undefined;
let stopHousekeeping: (() => void) | undefined;
const shutdown = async (code: number) => {
  stopHousekeeping?.();
  await reminders?.stop();
  await app?.close().catch((error) => logger.error({ err: error }, "shutdown failed"));
  process.exit(code);
};

try {
  app = await startMatrixApp(env, { logger, onFatal: () => void shutdown(1) });
  stopHousekeeping = startHousekeeping({
    store: app.store,
    keyPrefixes: [CLAIMED_PREFIX],
    onSwept: (removed) => logger.debug({ event: "housekeeping", removed }, "old processed-event ids removed"),
    onError: (error) => logger.warn({ event: "housekeeping_failed", err: error }, "housekeeping failed"),
  });
  if (remindersEnabled(process.env)) {
    reminders = createMatrixReminders({
      store: app.store,
      bot: app.bot,
      logger: logger.child({ component: "reminders" }),
      config: reminderConfigFromEnv(process.env),
    });
    reminders.start();
  }
} catch (error) {
  logger.fatal({ err: error }, "the Matrix bot could not start");
  process.exit(1);
}

process.once("SIGTERM", () => void shutdown(0));
process.once("SIGINT", () => void shutdown(0));
