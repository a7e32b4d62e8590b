import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { isReplyTo } from "@weerbaar/testing/synapse";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type BotProcess, exited, startBotProcess } from "./support/bot-process.ts";
import { bodyOf, createWorld, directRoom, fromBot, type World } from "./support/world.ts";

describe("a bot killed between taking up a message and answering it", () => {
  let world: World;
  let dir: string;
  const bots: BotProcess[] = [];

  beforeAll(async () => {
    world = await createWorld();
    dir = mkdtempSync(join(tmpdir(), "weerbaar-matrix-crash-"));
  });
  afterAll(async () => {
    for (const bot of bots) bot.process.kill("SIGKILL");
    await world?.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it("regression: that message went unanswered; now its sender is told to check it, once", {
    timeout: 90_000,
  }, async () => {
    const databaseUrl = `sqlite:${join(dir, "weerbaar.db")}`;
    const first = await startBotProcess(world, {
      name: "A",
      databaseUrl,
      env: { CRASH_ON: "stroomstoring" },
    });
    bots.push(first);
    const roomId = await directRoom(world, world.alice);
    const before = await world.alice.sendText(roomId, "vraag 1");
    await world.alice.waitForEvent(roomId, (e) => isReplyTo(e, before), 15_000);

    const lost = await world.alice.sendText(roomId, "stroomstoring");
    await exited(first);
    bots.push(await startBotProcess(world, { name: "B", databaseUrl }));

    const notice = await world.alice.waitForEvent(roomId, (e) => isReplyTo(e, lost), 45_000);
    expect(bodyOf(notice)).toContain("weet niet of het verwerkt is");
    expect(bodyOf(notice)).toContain("cannot tell whether it was handled");
    const after = await world.alice.sendText(roomId, "vraag 2");
    expect(bodyOf(await world.alice.waitForEvent(roomId, (e) => isReplyTo(e, after), 15_000))).toBe(
      "B: vraag 2",
    );

    const answers = await world.alice.collectFor(roomId, fromBot(world), 2000);
    expect(answers.filter((e) => isReplyTo(e, lost))).toHaveLength(1);
    expect(answers.map((e) => bodyOf(e).split("\n")[0])).toEqual([
      "A: vraag 1",
      expect.stringContaining("vlak voordat ik herstartte"),
      "B: vraag 2",
    ]);
  });
});
