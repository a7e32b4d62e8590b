import { Writable } from "node:stream";
import { isReplyTo } from "@weerbaar/testing/synapse";
import { pino } from "pino";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { EchoAssistant } from "./support/echo-assistant.ts";
import { type MatrixScenario, matrixScenario, seatStaff } from "./support/fixture.ts";
import { bodyOf, fromBot } from "./support/world.ts";

describe("the loop guard: only staff are answered more than once a day", () => {
  let t: MatrixScenario;
  const assistant = new EchoAssistant();
  const lines: Record<string, unknown>[] = [];

  beforeAll(async () => {
    const stream = new Writable({
      write(chunk, _encoding, done) {
        for (const line of String(chunk).split("\n")) if (line) lines.push(JSON.parse(line));
        done();
      },
    });
    // Bob may invite the bot but is not on the staff list (as another bot on the homeserver would be).
    t = await matrixScenario({
      assistant,
      staff: [{ who: "alice", name: "Alice", role: "admin" }],
      bot: { logger: pino({ level: "debug" }, stream) },
    });
  });
  afterAll(() => t?.cleanup());

  const ignored = () => lines.filter((l) => l.event === "stranger_ignored" && l.userId === t.bob.userId);

  it("lets someone not on the staff list through once, ignores them then, and answers them once on the list", async () => {
    const roomId = await t.directRoom(t.bob);
    expect(bodyOf(await t.ask(t.bob, roomId, "eerste vraag"))).toBe("echo: eerste vraag");
    const second = await t.bob.sendText(roomId, "tweede vraag");
    const third = await t.bob.sendText(roomId, "derde vraag");
    // Bounded wait until the bot has passed both by (it logs each).
    for (let i = 0; i < 150 && ignored().length < 2; i++) await t.bob.sync(100);
    expect(ignored()).toHaveLength(2);

    await seatStaff(t.store, t.world, [{ who: "bob", name: "Bob", role: "advisor" }]);
    expect(bodyOf(await t.ask(t.bob, roomId, "vierde vraag"))).toBe("echo: vierde vraag");
    const replies = t.bob.events(roomId).filter(fromBot(t.world));
    expect(replies.filter((e) => isReplyTo(e, second) || isReplyTo(e, third))).toEqual([]);
    expect(assistant.texts()).toEqual(["eerste vraag", "vierde vraag"]);
  });

  it("answers staff every time", async () => {
    const roomId = await t.directRoom(t.alice);
    for (const text of ["een", "twee", "drie"]) {
      expect(bodyOf(await t.ask(t.alice, roomId, text))).toBe(`echo: ${text}`);
    }
  });
});
