import type { Store } from "@weerbaar/store";
import { isReplyTo } from "@weerbaar/testing/synapse";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { MatrixBot } from "../src/bot.ts";
import { EchoAssistant } from "./support/echo-assistant.ts";
import {
  bodyOf,
  createWorld,
  directRoom,
  fromBot,
  openTestStore,
  startBot,
  type World,
} from "./support/world.ts";

describe("direct chat", () => {
  let world: World;
  let store: Store;
  let bot: MatrixBot;
  const assistant = new EchoAssistant();

  beforeAll(async () => {
    world = await createWorld();
    store = await openTestStore(world);
    bot = await startBot(world, store, { assistant });
  });
  afterAll(async () => {
    await bot?.stop();
    await store?.close();
    await world?.close();
  });

  it("answers every message in a DM as an m.notice reply, with the sender's Matrix identity", async () => {
    const roomId = await directRoom(world, world.alice);
    const asked = await world.alice.sendText(roomId, "hoe staat Leudal ervoor?");
    const answer = await world.alice.waitForEvent(roomId, (e) => isReplyTo(e, asked), 15_000);
    expect(answer.sender).toBe(world.bot.userId);
    expect(answer.content.msgtype).toBe("m.notice");
    expect(bodyOf(answer)).toBe("echo: hoe staat Leudal ervoor?");
    expect(answer.content.format).toBe("org.matrix.custom.html");
    expect(answer.content.formatted_body).toBe("<p>echo: hoe staat Leudal ervoor?</p>");
    const message = assistant.received.at(-1);
    expect(message).toMatchObject({
      conversationId: `matrix:${roomId}`,
      channel: { platform: "matrix", id: roomId },
      identity: { platform: "matrix", userId: world.alice.userId },
      isDirect: true,
    });

    const second = await world.alice.sendText(roomId, "en Venlo?");
    const answer2 = await world.alice.waitForEvent(roomId, (e) => isReplyTo(e, second), 15_000);
    expect(bodyOf(answer2)).toBe("echo: en Venlo?");
    // The bot's own notices are never answered: exactly two bot messages.
    const botMessages = await world.alice.collectFor(roomId, fromBot(world), 1500);
    expect(botMessages).toHaveLength(2);
  });

  it("answers inside the thread when the question was asked in a thread", async () => {
    const roomId = await directRoom(world, world.bob);
    const root = await world.bob.sendText(roomId, "draad");
    await world.bob.waitForEvent(roomId, (e) => isReplyTo(e, root), 15_000);
    const inThread = await world.bob.sendText(roomId, "vraag in draad", { threadRoot: root });
    const answer = await world.bob.waitForEvent(roomId, (e) => isReplyTo(e, inThread), 15_000);
    expect(answer.content["m.relates_to"]).toMatchObject({ rel_type: "m.thread", event_id: root });
    expect(assistant.received.at(-1)?.conversationId).toBe(`matrix:${roomId}:${root}`);
  });
});
