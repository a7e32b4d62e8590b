import type { AddressInfo } from "node:net";
import { join } from "node:path";
import type { Logger } from "pino";
import { type MatrixApp, startMatrixApp } from "../../src/app.ts";
import { readEnv } from "../../src/env.ts";
import { EchoAssistant } from "./echo-assistant.ts";
import { seatStaffByUserId } from "./staff.ts";
import type { World } from "./world.ts";

/** The production wiring (startMatrixApp) in this process, its health server on a free loopback port. */
export type AppUnderTest = { app: MatrixApp; assistant: EchoAssistant; healthUrl: string };

/** Starts the app against the world with the echo assistant; alice may talk to it and is on the staff list. */
export async function startAppUnderTest(world: World, logger: Logger): Promise<AppUnderTest> {
  const assistant = new EchoAssistant();
  const env = readEnv({
    MATRIX_HOMESERVER_URL: world.synapse.baseUrl,
    MATRIX_ACCESS_TOKEN: world.bot.accessToken,
    MATRIX_ALLOWED_USERS: world.alice.userId,
    DATABASE_URL: `sqlite:${join(world.dir, "app.db")}`,
    HEALTH_PORT: "0",
  });
  await seatStaffByUserId(env.DATABASE_URL, [world.alice.userId]);
  const app = await startMatrixApp(env, { assistant, logger });
  if (!app.health) throw new Error("the app started without its health server");
  const { port } = app.health.address() as AddressInfo;
  return { app, assistant, healthUrl: `http://127.0.0.1:${port}` };
}
