// Entry point (`pnpm --filter @weerbaar/matrix-bot start`): reads the environment and runs the bot until a signal.
import { pino } from "pino";
import { startMatrixApp } from "./app.ts";
import { readEnv } from "./env.ts";

const env = readEnv();
const logger = pino({ level: env.LOG_LEVEL });

let app: Awaited<ReturnType<typeof startMatrixApp>> | undefined;
const shutdown = async (code: number) => {
  await app?.close().catch((error) => logger.error({ err: error }, "shutdown failed"));
  process.exit(code);
};

try {
  app = await startMatrixApp(env, { logger, onFatal: () => void shutdown(1) });
} catch (error) {
  logger.fatal({ err: error }, "the Matrix bot could not start");
  process.exit(1);
}

process.once("SIGTERM", () => void shutdown(0));
process.once("SIGINT", () => void shutdown(0));
