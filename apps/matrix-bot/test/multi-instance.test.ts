import { type ChildProcess, spawn } from "node:child_process";
import { createServer } from "node:net";
import { fileURLToPath } from "node:url";
import { createTestDatabase } from "@weerbaar/testing/postgres";
import { isReplyTo } from "@weerbaar/testing/synapse";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { bodyOf, createWorld, directRoom, fromBot, type World } from "./support/world.ts";

const runBot = fileURLToPath(new URL("./support/run-bot.ts", import.meta.url));

async function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const server = createServer();
    server.listen(0, "127.0.0.1", () => {
      const address = server.address();
      server.close(() => resolve(typeof address === "object" && address ? address.port : 0));
    });
  });
}

type Instance = { name: string; process: ChildProcess; healthPort: number; output: string[] };

async function health(instance: Instance): Promise<{ status: number; body: Record<string, unknown> }> {
  const response = await fetch(`http://127.0.0.1:${instance.healthPort}/healthz`);
  return { status: response.status, body: (await response.json()) as Record<string, unknown> };
}

describe("several instances on one PostgreSQL database", () => {
  let world: World;
  let database: { url: string; drop: () => Promise<void> };
  const instances: Instance[] = [];

  const start = async (name: string): Promise<Instance> => {
    const healthPort = await freePort();
    const child = spawn(process.execPath, ["--import", "tsx", runBot], {
      env: {
        ...process.env,
        INSTANCE: name,
        MATRIX_HOMESERVER_URL: world.synapse.baseUrl,
        MATRIX_ACCESS_TOKEN: world.bot.accessToken,
        MATRIX_ALLOWED_USERS: world.alice.userId,
        DATABASE_URL: database.url,
        HEALTH_PORT: String(healthPort),
        MATRIX_LEASE_SECONDS: "3",
        LOG_LEVEL: "warn",
      },
      stdio: ["ignore", "pipe", "pipe"],
    });
    const instance: Instance = { name, process: child, healthPort, output: [] };
    instances.push(instance);
    child.stderr?.on("data", (chunk: Buffer) => instance.output.push(chunk.toString()));
    await new Promise<void>((resolve, reject) => {
      const timer = setTimeout(
        () => reject(new Error(`${name} not ready: ${instance.output.join("")}`)),
        30_000,
      );
      child.stdout?.on("data", (chunk: Buffer) => {
        instance.output.push(chunk.toString());
        if (chunk.toString().includes("ready")) {
          clearTimeout(timer);
          resolve();
        }
      });
      child.once("exit", (code) =>
        reject(new Error(`${name} exited (${code}): ${instance.output.join("")}`)),
      );
    });
    return instance;
  };

  beforeAll(async () => {
    [world, database] = await Promise.all([createWorld(), createTestDatabase("matrix")]);
  });
  afterAll(async () => {
    for (const instance of instances) instance.process.kill("SIGKILL");
    await database?.drop();
    await world?.close();
  });

  it("only the lease holder answers; when it dies another takes over", { timeout: 90_000 }, async () => {
    const a = await start("A");
    const b = await start("B");
    expect((await health(a)).body).toMatchObject({ ok: true, sync: "leader", database: "ok" });
    expect((await health(b)).body).toMatchObject({ ok: true, sync: "standby", database: "ok" });

    const roomId = await directRoom(world, world.alice);
    const first = await world.alice.sendText(roomId, "vraag 1");
    expect(bodyOf(await world.alice.waitForEvent(roomId, (e) => isReplyTo(e, first), 15_000))).toBe(
      "A: vraag 1",
    );

    a.process.kill("SIGKILL");
    const second = await world.alice.sendText(roomId, "vraag 2");
    expect(bodyOf(await world.alice.waitForEvent(roomId, (e) => isReplyTo(e, second), 45_000))).toBe(
      "B: vraag 2",
    );

    const answers = await world.alice.collectFor(roomId, fromBot(world), 2000);
    expect(answers.map(bodyOf)).toEqual(["A: vraag 1", "B: vraag 2"]);
    const after = await health(b);
    expect(after.status).toBe(200);
    expect(after.body).toMatchObject({ sync: "leader" });
  });
});
