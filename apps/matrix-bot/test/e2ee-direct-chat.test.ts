import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type E2eeScenario, e2eeScenario } from "./e2ee-support/e2ee-scenario.ts";
import { repliesTo } from "./e2ee-support/element-like-client.ts";
import { EchoAssistant } from "./support/echo-assistant.ts";

describe("an encrypted direct chat, as Element makes it", () => {
  let t: E2eeScenario;
  const assistant = new EchoAssistant();

  beforeAll(async () => {
    t = await e2eeScenario({ assistant });
  });
  afterAll(() => t?.cleanup());

  it("reads the encrypted question and answers encrypted, as a reply alice's client decrypts", async () => {
    const roomId = await t.alice.createEncryptedDm(t.world.bot.userId);
    const asked = await t.alice.sendText(roomId, "hoe staat Leudal ervoor?");
    const answer = await t.alice.waitFor(roomId, (e) => repliesTo(e, asked));
    expect(answer).toMatchObject({ sender: t.world.bot.userId, encrypted: true });
    expect(answer.content).toMatchObject({ msgtype: "m.notice", body: "echo: hoe staat Leudal ervoor?" });
    expect(assistant.received.at(-1)).toMatchObject({
      text: "hoe staat Leudal ervoor?",
      identity: { platform: "matrix", userId: t.world.alice.userId },
      isDirect: true,
    });
    // Nothing the bot sent into the room went out in the clear.
    const raw = t.alice.client.getRoom(roomId)?.getLiveTimeline().getEvents() ?? [];
    const fromBot = raw.filter(
      (e) => e.getSender() === t.world.bot.userId && e.getType() === "m.room.message",
    );
    expect(fromBot.length).toBeGreaterThan(0);
    expect(fromBot.every((e) => e.isEncrypted())).toBe(true);
  }, 90_000);

  it("takes an encrypted 👍 on its question as the confirmation", async () => {
    const roomId = await t.alice.createEncryptedDm(t.world.bot.userId);
    const asked = await t.alice.sendText(roomId, "bevestig");
    const question = await t.alice.waitFor(roomId, (e) => repliesTo(e, asked));
    expect(String(question.content.body)).toContain("Leudal");
    await t.alice.react(roomId, question.eventId, "👍");
    const confirmed = await t.alice.waitFor(roomId, (e) => repliesTo(e, question.eventId));
    expect(confirmed.encrypted).toBe(true);
    expect(confirmed.content.body).toBe("echo: ja");
  }, 90_000);
});
