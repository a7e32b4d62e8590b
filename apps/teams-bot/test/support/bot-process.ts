import { createServer } from "node:net";
import { type LoggedProcess, startLoggedProcess } from "@weerbaar/testing/logged-process";

/** The Teams bot's production entry point in its own process, as `pnpm start:teams` runs it. */
export type TeamsBotProcess = LoggedProcess & { url: string };

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const address = server.address();
      server.close(() => resolve(typeof address === "object" && address ? address.port : 0));
    });
  });
}

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
