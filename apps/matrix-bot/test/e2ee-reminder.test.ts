import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Reply } from "../src/assistant-types.ts";
import {
  createE2eeWorld,
  type E2eeBot,
  type E2eeWorld,
  startE2eeBot,
  startHuman,
} from "./e2ee-support/e2ee-world.ts";
import type { ElementLikeClient } from "./e2ee-support/element-like-client.ts";

const reminder: Reply = {
  lang: "nl",
  intent: "reminder",
  blocks: [{ type: "paragraph", text: "Herinnering: morgen 13:30 afspraak met Leudal." }],
  actions: [],
  attachments: [],
  data: {},
};

describe("a reminder in an encrypted room", () => {
  let world: E2eeWorld;
  let running: E2eeBot;
  let alice: ElementLikeClient;

  beforeAll(async () => {
    world = await createE2eeWorld();
    running = await startE2eeBot(world);
    alice = await startHuman(world, "alice");
  });
  afterAll(async () => {
    alice?.stop();
    await running?.bot.stop();
    await world?.close();
  });

  it("arrives encrypted, as m.text that mentions the organiser", async () => {
    const roomId = await alice.createEncryptedDm(world.bot.userId);
    const eventId = await running.bot.sendToRoom(roomId, reminder, {
      txnId: "reminder:1",
      notify: [world.alice.userId],
    });
    const seen = await alice.waitFor(roomId, (e) => e.eventId === eventId);
    expect(seen).toMatchObject({ encrypted: true, sender: world.bot.userId });
    expect(seen.content.msgtype).toBe("m.text");
    expect(String(seen.content.body)).toContain("Leudal");
    expect(seen.content["m.mentions"]).toMatchObject({ user_ids: [world.alice.userId] });
  }, 90_000);
});
