import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Reply } from "../src/assistant-types.ts";
import { type E2eeScenario, e2eeScenario } from "./e2ee-support/e2ee-scenario.ts";

const reminder: Reply = {
  lang: "nl",
  intent: "reminder",
  blocks: [{ type: "paragraph", text: "Herinnering: morgen 13:30 afspraak met Leudal." }],
  actions: [],
  attachments: [],
  data: {},
};

describe("a reminder in an encrypted room", () => {
  let t: E2eeScenario;

  beforeAll(async () => {
    t = await e2eeScenario();
  });
  afterAll(() => t?.cleanup());

  it("arrives encrypted, as m.text that mentions the organiser", async () => {
    const roomId = await t.alice.createEncryptedDm(t.world.bot.userId);
    const eventId = await t.bot.sendToRoom(roomId, reminder, {
      txnId: "reminder:1",
      notify: [t.world.alice.userId],
    });
    const seen = await t.alice.waitFor(roomId, (e) => e.eventId === eventId);
    expect(seen).toMatchObject({ encrypted: true, sender: t.world.bot.userId });
    expect(seen.content.msgtype).toBe("m.text");
    expect(String(seen.content.body)).toContain("Leudal");
    expect(seen.content["m.mentions"]).toMatchObject({ user_ids: [t.world.alice.userId] });
  }, 90_000);
});
