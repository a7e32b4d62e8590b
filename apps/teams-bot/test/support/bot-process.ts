import { type LoggedProcess, startLoggedProcess } from "@weerbaar/testing/logged-process";
import { freePort } from "@weerbaar/testing/ports";

/** The Teams bot's production entry point in its own process, as `pnpm start:teams` runs it. */
export type TeamsBotProcess = LoggedProcess & { url: string };

/** Starts apps/teams-bot/src/main.ts on a free loopback port and waits until it listens. */
export async function startTeamsBotProcess(env: Record<string, string>): Promise<TeamsBotProcess> {
  const port = await freePort();
  const bot = startLoggedProcess("apps/teams-bot/src/main.ts", {
    HOST: "127.0.0.1",
    PORT: String(port),
    ...env,
  });
  try {
    await bot.waitForLog((line) => line.event === "listening");
  } catch (error) {
    bot.kill();
    throw error;
  }
  return { ...bot, url: `http://127.0.0.1:${port}` };
}
