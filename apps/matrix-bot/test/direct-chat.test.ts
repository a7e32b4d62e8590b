import { isReplyTo } from "@weerbaar/testing/synapse";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { EchoAssistant } from "./support/echo-assistant.ts";
import { type MatrixScenario, matrixScenario } from "./support/fixture.ts";
import { bodyOf, fromBot } from "./support/world.ts";

describe("direct chat", () => {
  let t: MatrixScenario;
  const assistant = new EchoAssistant();

  beforeAll(async () => {
    t = await matrixScenario({ assistant });
  });
  afterAll(() => t?.cleanup());

  it("answers every message in a DM as an m.notice reply, with the sender's Matrix identity", async () => {
    const roomId = await t.directRoom(t.alice);
    const asked = await t.alice.sendText(roomId, "hoe staat Leudal ervoor?");
    const answer = await t.alice.waitForEvent(roomId, (e) => isReplyTo(e, asked), 15_000);
    expect(answer.sender).toBe(t.world.bot.userId);
    expect(answer.content.msgtype).toBe("m.notice");
    expect(bodyOf(answer)).toBe("echo: hoe staat Leudal ervoor?");
    expect(answer.content.format).toBe("org.matrix.custom.html");
    expect(answer.content.formatted_body).toBe("<p>echo: hoe staat Leudal ervoor?</p>");
    const message = assistant.received.at(-1);
    expect(message).toMatchObject({
      conversationId: `matrix:${roomId}`,
      channel: { platform: "matrix", id: roomId },
      identity: { platform: "matrix", userId: t.alice.userId },
      isDirect: true,
    });

    const second = await t.alice.sendText(roomId, "en Venlo?");
    const answer2 = await t.alice.waitForEvent(roomId, (e) => isReplyTo(e, second), 15_000);
    expect(bodyOf(answer2)).toBe("echo: en Venlo?");
    // The bot's own notices are never answered: exactly two bot messages.
    const botMessages = await t.alice.collectFor(roomId, fromBot(t.world), 1500);
    expect(botMessages).toHaveLength(2);
  });

  it("answers inside the thread when the question was asked in a thread", async () => {
    const roomId = await t.directRoom(t.bob);
    const root = await t.bob.sendText(roomId, "draad");
    await t.bob.waitForEvent(roomId, (e) => isReplyTo(e, root), 15_000);
    const inThread = await t.bob.sendText(roomId, "vraag in draad", { threadRoot: root });
    const answer = await t.bob.waitForEvent(roomId, (e) => isReplyTo(e, inThread), 15_000);
    expect(answer.content["m.relates_to"]).toMatchObject({ rel_type: "m.thread", event_id: root });
    expect(assistant.received.at(-1)?.conversationId).toBe(`matrix:${roomId}:${root}`);
  });
});
