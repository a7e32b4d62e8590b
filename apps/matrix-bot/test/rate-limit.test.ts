import type { Store } from "@weerbaar/store";
import { isReplyTo } from "@weerbaar/testing/synapse";
import { pino } from "pino";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { MatrixBot } from "../src/bot.ts";
import { createWorld, directRoom, fromBot, openTestStore, startBot, type World } from "./support/world.ts";

describe("rate limits", () => {
  let world: World;
  let store: Store;
  let bot: MatrixBot;
  const logLines: Record<string, unknown>[] = [];

  beforeAll(async () => {
    world = await createWorld({ rateLimited: true });
    store = await openTestStore(world);
    const logger = pino({ level: "warn" }, { write: (line: string) => logLines.push(JSON.parse(line)) });
    bot = await startBot(world, store, { logger });
  });
  afterAll(async () => {
    await bot?.stop();
    await store?.close();
    await world?.close();
  });

  it("answers every message of a burst exactly once, waiting out M_LIMIT_EXCEEDED", {
    timeout: 60_000,
  }, async () => {
    const roomId = await directRoom(world, world.alice);
    const asked: string[] = [];
    for (let i = 1; i <= 6; i++) asked.push(await world.alice.sendText(roomId, `vraag ${i}`));
    for (const id of asked) await world.alice.waitForEvent(roomId, (e) => isReplyTo(e, id), 40_000);
    const answers = await world.alice.collectFor(roomId, fromBot(world), 1500);
    expect(answers).toHaveLength(6);
    expect(logLines.some((l) => l.msg === "matrix request retried" && l.kind === "rate-limited")).toBe(true);
  });
});
