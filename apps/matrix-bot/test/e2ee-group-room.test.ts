import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type E2eeScenario, e2eeScenario } from "./e2ee-support/e2ee-scenario.ts";
import { repliesTo } from "./e2ee-support/element-like-client.ts";

describe("an encrypted group room with two people", () => {
  let t: E2eeScenario;

  beforeAll(async () => {
    t = await e2eeScenario({ humans: ["alice", "bob"] });
  });
  afterAll(() => t?.cleanup());

  it("lets only the asker confirm with a reaction, and both read every answer", async () => {
    const roomId = await t.groupRoom();

    const asked = await t.alice.sendText(roomId, "!weerbaar bevestig");
    const question = await t.alice.waitFor(roomId, (e) => repliesTo(e, asked));
    expect(question.encrypted).toBe(true);
    await t.bob.waitFor(roomId, (e) => e.eventId === question.eventId);

    await t.bob.react(roomId, question.eventId, "👍");
    const refusal = await t.bob.waitFor(roomId, (e) => repliesTo(e, question.eventId));
    expect(refusal.encrypted).toBe(true);
    expect(String(refusal.content.body)).toContain("Deze vraag was voor");

    await t.alice.react(roomId, question.eventId, "👍");
    const confirmed = await t.alice.waitFor(
      roomId,
      (e) => repliesTo(e, question.eventId) && e.eventId !== refusal.eventId,
    );
    expect(confirmed.content.body).toBe("echo: ja");
  }, 90_000);
});
