import type { Store } from "@weerbaar/store";
import { isReplyTo } from "@weerbaar/testing/synapse";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { MatrixBot } from "../src/bot.ts";
import { EchoAssistant } from "./support/echo-assistant.ts";
import {
  BOT_NAME,
  bodyOf,
  createWorld,
  fromBot,
  openTestStore,
  startBot,
  type World,
  waitForJoin,
} from "./support/world.ts";

describe("group room", () => {
  let world: World;
  let store: Store;
  let bot: MatrixBot;
  let roomId: string;
  const assistant = new EchoAssistant();

  beforeAll(async () => {
    world = await createWorld();
    store = await openTestStore(world);
    bot = await startBot(world, store, { assistant, commandPrefix: "!weerbaar" });
    roomId = await world.alice.createRoom({ name: "Team", invite: [world.bob.userId, world.bot.userId] });
    await world.bob.join(roomId);
    await waitForJoin(world.alice, roomId, world.bot.userId);
    await waitForJoin(world.alice, roomId, world.bob.userId);
  });
  afterAll(async () => {
    await bot?.stop();
    await store?.close();
    await world?.close();
  });

  it("stays silent when people talk among themselves", async () => {
    const chat = await world.alice.sendText(roomId, "Bob, koffie?");
    const answers = await world.alice.collectFor(roomId, (e) => isReplyTo(e, chat), 2000);
    expect(answers).toEqual([]);
    expect(assistant.texts()).not.toContain("Bob, koffie?");
  });

  it("answers an intentional mention (m.mentions + pill), with the mention stripped", async () => {
    const asked = await world.alice.sendText(roomId, `${BOT_NAME}: hoe staat Leudal ervoor?`, {
      html: `<a href="https://matrix.to/#/${world.bot.userId}">${BOT_NAME}</a>: hoe staat Leudal ervoor?`,
      mentions: [world.bot.userId],
    });
    const answer = await world.alice.waitForEvent(roomId, (e) => isReplyTo(e, asked), 15_000);
    expect(bodyOf(answer)).toBe("echo: hoe staat Leudal ervoor?");
    expect(assistant.received.at(-1)).toMatchObject({ isDirect: false, conversationId: `matrix:${roomId}` });
  });

  it("answers when named by display name or user id in plain text", async () => {
    const byName = await world.bob.sendText(roomId, `wat vind jij, ${BOT_NAME.toLowerCase()}?`);
    expect(bodyOf(await world.bob.waitForEvent(roomId, (e) => isReplyTo(e, byName), 15_000))).toBe(
      "echo: wat vind jij?",
    );
    const byId = await world.bob.sendText(roomId, `${world.bot.userId} welke gemeenten in Limburg?`);
    expect(bodyOf(await world.bob.waitForEvent(roomId, (e) => isReplyTo(e, byId), 15_000))).toBe(
      "echo: welke gemeenten in Limburg?",
    );
    expect(assistant.received.at(-1)?.identity).toEqual({ platform: "matrix", userId: world.bob.userId });
  });

  it("answers the command prefix, stripped", async () => {
    const asked = await world.alice.sendText(roomId, "!weerbaar help");
    expect(bodyOf(await world.alice.waitForEvent(roomId, (e) => isReplyTo(e, asked), 15_000))).toBe(
      "echo: help",
    );
  });

  it("maps a numbered answer from the asker to the action's value without a new mention", async () => {
    const asked = await world.alice.sendText(roomId, "!weerbaar kies");
    const question = await world.alice.waitForEvent(roomId, (e) => isReplyTo(e, asked), 15_000);
    expect(bodyOf(question)).toContain("1. Bergen (L)\n2. Bergen (NH)");
    const other = await world.bob.sendText(roomId, "2");
    const picked = await world.alice.sendText(roomId, "2");
    const answer = await world.alice.waitForEvent(roomId, (e) => isReplyTo(e, picked), 15_000);
    expect(bodyOf(answer)).toBe("echo: gemeente GM0373");
    expect((await world.alice.collectFor(roomId, (e) => isReplyTo(e, other), 500)).length).toBe(0);
    expect(world.alice.events(roomId).filter(fromBot(world)).length).toBeGreaterThanOrEqual(5);
  });
});
