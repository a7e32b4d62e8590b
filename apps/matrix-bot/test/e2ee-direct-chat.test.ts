import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  createE2eeWorld,
  type E2eeBot,
  type E2eeWorld,
  startE2eeBot,
  startHuman,
} from "./e2ee-support/e2ee-world.ts";
import { type ElementLikeClient, repliesTo } from "./e2ee-support/element-like-client.ts";
import { EchoAssistant } from "./support/echo-assistant.ts";

describe("an encrypted direct chat, as Element makes it", () => {
  let world: E2eeWorld;
  let running: E2eeBot;
  let alice: ElementLikeClient;
  const assistant = new EchoAssistant();

  beforeAll(async () => {
    world = await createE2eeWorld();
    running = await startE2eeBot(world, { assistant });
    alice = await startHuman(world, "alice");
  });
  afterAll(async () => {
    alice?.stop();
    await running?.bot.stop();
    await world?.close();
  });

  it("reads the encrypted question and answers encrypted, as a reply alice's client decrypts", async () => {
    const roomId = await alice.createEncryptedDm(world.bot.userId);
    const asked = await alice.sendText(roomId, "hoe staat Leudal ervoor?");
    const answer = await alice.waitFor(roomId, (e) => repliesTo(e, asked));
    expect(answer).toMatchObject({ sender: world.bot.userId, encrypted: true });
    expect(answer.content).toMatchObject({ msgtype: "m.notice", body: "echo: hoe staat Leudal ervoor?" });
    expect(assistant.received.at(-1)).toMatchObject({
      text: "hoe staat Leudal ervoor?",
      identity: { platform: "matrix", userId: world.alice.userId },
      isDirect: true,
    });
    // Nothing the bot sent into the room went out in the clear.
    const raw = alice.client.getRoom(roomId)?.getLiveTimeline().getEvents() ?? [];
    const fromBot = raw.filter((e) => e.getSender() === world.bot.userId && e.getType() === "m.room.message");
    expect(fromBot.length).toBeGreaterThan(0);
    expect(fromBot.every((e) => e.isEncrypted())).toBe(true);
  }, 90_000);

  it("takes an encrypted 👍 on its question as the confirmation", async () => {
    const roomId = await alice.createEncryptedDm(world.bot.userId);
    const asked = await alice.sendText(roomId, "bevestig");
    const question = await alice.waitFor(roomId, (e) => repliesTo(e, asked));
    expect(String(question.content.body)).toContain("Leudal");
    await alice.react(roomId, question.eventId, "👍");
    const confirmed = await alice.waitFor(roomId, (e) => repliesTo(e, question.eventId));
    expect(confirmed.encrypted).toBe(true);
    expect(confirmed.content.body).toBe("echo: ja");
  }, 90_000);
});
