import { Writable } from "node:stream";
import { isReplyTo } from "@weerbaar/testing/synapse";
import { pino } from "pino";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type AppUnderTest, startAppUnderTest } from "./support/app-under-test.ts";
import { createWorld, directRoom, type World } from "./support/world.ts";

describe("request ids in the Matrix bot's logs", () => {
  let world: World;
  let t: AppUnderTest;
  const lines: Record<string, unknown>[] = [];
  beforeAll(async () => {
    world = await createWorld();
    const stream = new Writable({
      write(chunk, _encoding, done) {
        for (const line of String(chunk).split("\n")) if (line) lines.push(JSON.parse(line));
        done();
      },
    });
    t = await startAppUnderTest(world, pino({ level: "debug" }, stream));
  });
  afterAll(async () => {
    await t?.app.close();
    await world?.close();
  });

  it("puts the event id on every line of the turn", async () => {
    const roomId = await directRoom(world, world.alice);
    const asked = await world.alice.sendText(roomId, "hoe staat Leudal ervoor?");
    await world.alice.waitForEvent(roomId, (e) => isReplyTo(e, asked), 15_000);
    const turn = lines.filter((line) => line.reqId === asked);
    expect(turn.map((line) => line.event ?? line.msg)).toEqual(["turn_started", "answered"]);
    // No line about this turn goes without the id.
    const aboutTheTurn = lines.filter((line) => line.msg === "answered" || line.event === "turn_started");
    expect(aboutTheTurn.every((line) => line.reqId !== undefined)).toBe(true);
  });
});
