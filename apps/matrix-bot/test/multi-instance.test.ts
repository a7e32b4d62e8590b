import { createTestDatabase } from "@weerbaar/testing/postgres";
import { isReplyTo } from "@weerbaar/testing/synapse";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type BotProcess, health, startBotProcess } from "./support/bot-process.ts";
import { bodyOf, createWorld, directRoom, fromBot, type World } from "./support/world.ts";

describe("several instances on one PostgreSQL database", () => {
  let world: World;
  let database: { url: string; drop: () => Promise<void> };
  const instances: BotProcess[] = [];

  const start = async (name: string): Promise<BotProcess> => {
    const instance = await startBotProcess(world, { name, databaseUrl: database.url });
    instances.push(instance);
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
