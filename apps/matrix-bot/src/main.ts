// Entry point (`pnpm --filter @weerbaar/matrix-bot start`): reads the environment and runs the bot until a signal.
import { createShutdown, isDatabaseError } from "@weerbaar/observability";
import { reminderConfigFromEnv, remindersEnabled } from "@weerbaar/reminders";
import { startHousekeeping } from "@weerbaar/store";
import { pino } from "pino";
import { startMatrixApp } from "./app.ts";
import { readEnv } from "./env.ts";
import { createMatrixReminders } from "./reminders.ts";
import { CLAIMED_PREFIX } from "./state/storage-provider.ts";

const env = readEnv();
const logger = pino({ level: env.LOG_LEVEL });

let app: Awaited<ReturnType<typeof startMatrixApp>> | undefined;
let reminders: ReturnType<typeof createMatrixReminders> | undefined;
let stopHousekeeping: (() => void) | undefined;
// A dead token: the bot already stopped by itself; release what is left and exit 1.
const fatal = async () => {
  stopHousekeeping?.();
  await reminders?.stop();
  await app?.close().catch((error) => logger.error({ err: error }, "shutdown failed"));
  process.exit(1);
};

try {
  app = await startMatrixApp(env, { logger, onFatal: () => void fatal() });
  const { metrics } = app;
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
      onTick: metrics.reminderRound,
      onTickError: (error) => {
        if (isDatabaseError(error)) metrics.databaseError("reminders");
      },
    });
    reminders.start();
  }
} catch (error) {
  logger.fatal({ err: error }, "the Matrix bot could not start");
  process.exit(1);
}

// SIGTERM: stop syncing (the batch in hand is finished) and the reminder worker, let turns in flight finish
// within SHUTDOWN_TIMEOUT_SECONDS, then close; exit 1 if work was still running at the deadline.
const running = app;
createShutdown({
  inFlight: running.inFlight,
  logger,
  timeoutMs: env.SHUTDOWN_TIMEOUT_SECONDS * 1000,
  stopAccepting: async () => {
    stopHousekeeping?.();
    await Promise.all([running.stop(), reminders?.stop()]);
  },
  close: () => running.close(),
}).onSignals();
