import { type LoggedProcess, startLoggedProcess } from "@weerbaar/testing/logged-process";
import type { World } from "./world.ts";

/** Starts apps/matrix-bot/src/main.ts against the world (alice allowed) and waits until it syncs. */
export async function startMainProcess(world: World, env: Record<string, string>): Promise<LoggedProcess> {
  const bot = startLoggedProcess("apps/matrix-bot/src/main.ts", {
    MATRIX_HOMESERVER_URL: world.synapse.baseUrl,
    MATRIX_ACCESS_TOKEN: world.bot.accessToken,
    MATRIX_ALLOWED_USERS: world.alice.userId,
    ...env,
  });
  try {
    await bot.waitForLog((line) => line.msg === "matrix bot started");
  } catch (error) {
    bot.kill();
    throw error;
  }
  return bot;
}
