import type { Store } from "@weerbaar/store";
import { isReplyTo } from "@weerbaar/testing/synapse";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { MatrixBot } from "../src/bot.ts";
import { EchoAssistant } from "./support/echo-assistant.ts";
import { bodyOf, createWorld, directRoom, openTestStore, startBot, type World } from "./support/world.ts";

describe("choices and confirmations", () => {
  let world: World;
  let store: Store;
  let bot: MatrixBot;
  let roomId: string;
  const assistant = new EchoAssistant();

  beforeAll(async () => {
    world = await createWorld();
    store = await openTestStore(world);
    bot = await startBot(world, store, { assistant });
    roomId = await directRoom(world, world.alice);
  });
  afterAll(async () => {
    await bot?.stop();
    await store?.close();
    await world?.close();
  });

  const ask = async (text: string) => {
    const asked = await world.alice.sendText(roomId, text);
    return world.alice.waitForEvent(roomId, (e) => isReplyTo(e, asked), 15_000);
  };

  it("renders actions as numbered options and maps a number to the action's value", async () => {
    const question = await ask("kies");
    expect(bodyOf(question)).toContain(
      "1. Bergen (L)\n2. Bergen (NH)\n\nAntwoord met het nummer van je keuze.",
    );
    expect(question.content.formatted_body).toContain("<ol><li>Bergen (L)</li><li>Bergen (NH)</li></ol>");
    const answer = await ask("1");
    expect(bodyOf(answer)).toBe("echo: gemeente GM0893");
  });

  it("shows ja/nee hints on a confirmation and confirms with 👍", async () => {
    const question = await ask("bevestig");
    expect(bodyOf(question)).toContain("1. Ja\n2. Nee");
    expect(bodyOf(question)).toContain("👍");
    await world.alice.sendReaction(roomId, question.event_id, "👍");
    const answer = await world.alice.waitForEvent(
      roomId,
      (e) => isReplyTo(e, question.event_id) && bodyOf(e).startsWith("echo:"),
      15_000,
    );
    expect(bodyOf(answer)).toBe("echo: ja");
  });

  it("cancels with 👎 (skin tone and variation selector included)", async () => {
    const question = await ask("bevestig");
    await world.alice.sendReaction(roomId, question.event_id, "👎🏽");
    const answer = await world.alice.waitForEvent(
      roomId,
      (e) => isReplyTo(e, question.event_id) && bodyOf(e).startsWith("echo:"),
      15_000,
    );
    expect(bodyOf(answer)).toBe("echo: nee");
  });

  it("ignores reactions on a question that was already superseded, and other emoji", async () => {
    const old = await ask("bevestig");
    await ask("iets anders");
    await world.alice.sendReaction(roomId, old.event_id, "👍");
    const current = await ask("bevestig");
    await world.alice.sendReaction(roomId, current.event_id, "🎉");
    const replies = await world.alice.collectFor(
      roomId,
      (e) => (isReplyTo(e, old.event_id) || isReplyTo(e, current.event_id)) && bodyOf(e).startsWith("echo:"),
      2500,
    );
    expect(replies).toEqual([]);
    expect(assistant.texts().slice(-2)).toEqual(["iets anders", "bevestig"]);
  });
});
