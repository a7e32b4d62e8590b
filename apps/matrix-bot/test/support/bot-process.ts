import { type ChildProcess, spawn } from "node:child_process";
import { fileURLToPath } from "node:url";
import { freePort } from "@weerbaar/testing/ports";
import type { World } from "./world.ts";

const runBot = fileURLToPath(new URL("./run-bot.ts", import.meta.url));

/** A bot running in its own process (production wiring, see run-bot.ts). */
export type BotProcess = { name: string; process: ChildProcess; healthPort: number; output: string[] };

/** Starts a bot process on the database and waits until it is ready; `env` adds to (or overrides) its environment. */
export async function startBotProcess(
  world: World,
  options: { name: string; databaseUrl: string; env?: Record<string, string> },
): Promise<BotProcess> {
  const healthPort = await freePort();
  const child = spawn(process.execPath, ["--import", "tsx", runBot], {
    env: {
      ...process.env,
      INSTANCE: options.name,
      MATRIX_HOMESERVER_URL: world.synapse.baseUrl,
      MATRIX_ACCESS_TOKEN: world.bot.accessToken,
      MATRIX_ALLOWED_USERS: world.alice.userId,
      DATABASE_URL: options.databaseUrl,
      HEALTH_PORT: String(healthPort),
      MATRIX_LEASE_SECONDS: "3",
      LOG_LEVEL: "warn",
      ...options.env,
    },
    stdio: ["ignore", "pipe", "pipe"],
  });
  const bot: BotProcess = { name: options.name, process: child, healthPort, output: [] };
  child.stderr?.on("data", (chunk: Buffer) => bot.output.push(chunk.toString()));
  await new Promise<void>((resolve, reject) => {
    const timer = setTimeout(
      () => reject(new Error(`${options.name} not ready: ${bot.output.join("")}`)),
      30_000,
    );
    child.stdout?.on("data", (chunk: Buffer) => {
      bot.output.push(chunk.toString());
      if (chunk.toString().includes("ready")) {
        clearTimeout(timer);
        resolve();
      }
    });
    child.once("exit", (code) =>
      reject(new Error(`${options.name} exited (${code}): ${bot.output.join("")}`)),
    );
  });
  return bot;
}

/** The bot process's /healthz answer. */
export async function health(bot: BotProcess): Promise<{ status: number; body: Record<string, unknown> }> {
  const response = await fetch(`http://127.0.0.1:${bot.healthPort}/healthz`);
  return { status: response.status, body: (await response.json()) as Record<string, unknown> };
}

/** Resolves when the process has exited. */
export function exited(bot: BotProcess): Promise<void> {
  if (bot.process.exitCode !== null || bot.process.signalCode !== null) return Promise.resolve();
  return new Promise((resolve) => bot.process.once("exit", () => resolve()));
}
