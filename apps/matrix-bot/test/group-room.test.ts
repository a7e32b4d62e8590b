import { isReplyTo } from "@weerbaar/testing/synapse";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { EchoAssistant } from "./support/echo-assistant.ts";
import { type MatrixScenario, matrixScenario } from "./support/fixture.ts";
import { BOT_NAME, bodyOf, fromBot } from "./support/world.ts";

describe("group room", () => {
  let t: MatrixScenario;
  let roomId: string;
  const assistant = new EchoAssistant();

  beforeAll(async () => {
    t = await matrixScenario({ assistant, bot: { commandPrefix: "!weerbaar" } });
    roomId = await t.groupRoom();
  });
  afterAll(() => t?.cleanup());

  it("stays silent when people talk among themselves", async () => {
    const chat = await t.alice.sendText(roomId, "Bob, koffie?");
    const answers = await t.alice.collectFor(roomId, (e) => isReplyTo(e, chat), 2000);
    expect(answers).toEqual([]);
    expect(assistant.texts()).not.toContain("Bob, koffie?");
  });

  it("answers an intentional mention (m.mentions + pill), with the mention stripped", async () => {
    const asked = await t.alice.sendText(roomId, `${BOT_NAME}: hoe staat Leudal ervoor?`, {
      html: `<a href="https://matrix.to/#/${t.world.bot.userId}">${BOT_NAME}</a>: hoe staat Leudal ervoor?`,
      mentions: [t.world.bot.userId],
    });
    const answer = await t.alice.waitForEvent(roomId, (e) => isReplyTo(e, asked), 15_000);
    expect(bodyOf(answer)).toBe("echo: hoe staat Leudal ervoor?");
    expect(assistant.received.at(-1)).toMatchObject({ isDirect: false, conversationId: `matrix:${roomId}` });
  });

  it("answers when named by display name or user id in plain text", async () => {
    const byName = await t.bob.sendText(roomId, `wat vind jij, ${BOT_NAME.toLowerCase()}?`);
    expect(bodyOf(await t.bob.waitForEvent(roomId, (e) => isReplyTo(e, byName), 15_000))).toBe(
      "echo: wat vind jij?",
    );
    const byId = await t.bob.sendText(roomId, `${t.world.bot.userId} welke gemeenten in Limburg?`);
    expect(bodyOf(await t.bob.waitForEvent(roomId, (e) => isReplyTo(e, byId), 15_000))).toBe(
      "echo: welke gemeenten in Limburg?",
    );
    expect(assistant.received.at(-1)?.identity).toEqual({ platform: "matrix", userId: t.bob.userId });
  });

  it("answers the command prefix, stripped", async () => {
    const asked = await t.alice.sendText(roomId, "!weerbaar help");
    expect(bodyOf(await t.alice.waitForEvent(roomId, (e) => isReplyTo(e, asked), 15_000))).toBe("echo: help");
  });

  it("maps a numbered answer from the asker to the action's value without a new mention", async () => {
    const asked = await t.alice.sendText(roomId, "!weerbaar kies");
    const question = await t.alice.waitForEvent(roomId, (e) => isReplyTo(e, asked), 15_000);
    expect(bodyOf(question)).toContain("1. Bergen (L)\n2. Bergen (NH)");
    const other = await t.bob.sendText(roomId, "2");
    const picked = await t.alice.sendText(roomId, "2");
    const answer = await t.alice.waitForEvent(roomId, (e) => isReplyTo(e, picked), 15_000);
    expect(bodyOf(answer)).toBe("echo: gemeente GM0373");
    expect((await t.alice.collectFor(roomId, (e) => isReplyTo(e, other), 500)).length).toBe(0);
    expect(t.alice.events(roomId).filter(fromBot(t.world)).length).toBeGreaterThanOrEqual(5);
  });
});
