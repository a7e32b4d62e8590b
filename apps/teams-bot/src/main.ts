import { calendarFeed, createAssistant } from "@weerbaar/assistant";
import { createBotMetrics, createInFlight, createShutdown, isDatabaseError } from "@weerbaar/observability";
import { reminderConfigFromEnv, remindersEnabled } from "@weerbaar/reminders";
import { openStore, redactUrl, startHousekeeping } from "@weerbaar/store";
import pino from "pino";
import { createTeamsBot } from "./bot.ts";
import { parseTeamsBotEnv, resolveAllowedTenants, resolveAuth, TeamsBotConfigError } from "./env.ts";
import { createTeamsReminders } from "./reminders.ts";
import { OPEN_CARD_PREFIX } from "./teams/reply-sender.ts";

async function main(): Promise<void> {
  const env = parseTeamsBotEnv(process.env);
  const logger = pino({ name: "teams-bot", level: env.LOG_LEVEL });
  const auth = resolveAuth(env);
  if (auth.mode === "local") {
    logger.warn(
      { event: "auth_off" },
      "AUTHENTICATION IS OFF (WEERBAAR_LOCAL=1, no MicrosoftAppId): any caller can talk to this bot. Local testing only.",
    );
  }
  const store = await openStore(env.DATABASE_URL);
  const metrics = createBotMetrics({ platform: "teams" });
  const inFlight = createInFlight();
  const bot = createTeamsBot({
    assistant: createAssistant({ store, admins: env.WEERBAAR_ADMINS }),
    store,
    auth,
    allowedTenants: resolveAllowedTenants(env),
    logger,
    calendar: (token) => calendarFeed(store, token),
    metrics,
    inFlight,
    fileRetentionDays: env.FILE_RETENTION_DAYS,
    ...(env.PUBLIC_URL ? { publicUrl: env.PUBLIC_URL } : {}),
  });
  const { url, close } = await bot.listen(env.PORT, env.HOST);
  logger.info(
    { event: "listening", url, database: redactUrl(env.DATABASE_URL), auth: auth.mode },
    `Teams bot listening on ${url}/api/messages`,
  );
  const reminders = remindersEnabled(process.env)
    ? createTeamsReminders({
        store,
        sendProactive: bot.sendProactive,
        logger: logger.child({ component: "reminders" }),
        config: reminderConfigFromEnv(process.env),
        onTick: metrics.reminderRound,
        onTickError: (error) => {
          if (isDatabaseError(error)) metrics.databaseError("reminders");
        },
      })
    : undefined;
  reminders?.start();
  // Cards nobody answered within the retention time get no follow-up; their buttons then start a new question.
  // Card files go once their own FILE_RETENTION_DAYS have passed.
  const stopHousekeeping = startHousekeeping({
    store,
    keyPrefixes: [OPEN_CARD_PREFIX],
    onSwept: (removed) =>
      logger.debug({ event: "housekeeping", removed }, "old cards, event ids and expired files removed"),
    onError: (error) => logger.warn({ event: "housekeeping_failed", err: error }, "housekeeping failed"),
  });
  // SIGTERM: refuse new activities (503, the channel retries), let turns in flight and a reminder round finish
  // within SHUTDOWN_TIMEOUT_SECONDS, then close; exit 1 if work was still running at the deadline.
  createShutdown({
    inFlight,
    logger,
    timeoutMs: env.SHUTDOWN_TIMEOUT_SECONDS * 1000,
    stopAccepting: async () => {
      bot.stopAccepting();
      stopHousekeeping();
      await reminders?.stop();
    },
    close: async () => {
      await close();
      await store.close();
    },
  }).onSignals();
}

main().catch((error: unknown) => {
  if (error instanceof TeamsBotConfigError) {
    console.error(`Teams bot not started: ${error.message}`);
  } else {
    console.error("Teams bot failed to start:", error);
  }
  process.exit(1);
});
