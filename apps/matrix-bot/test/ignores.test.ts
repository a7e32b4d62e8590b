import type { Store } from "@weerbaar/store";
import { isReplyTo } from "@weerbaar/testing/synapse";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { MatrixBot } from "../src/bot.ts";
import { EchoAssistant } from "./support/echo-assistant.ts";
import {
  createWorld,
  directRoom,
  fromBot,
  openTestStore,
  startBot,
  type World,
  waitForJoin,
} from "./support/world.ts";

describe("what the bot ignores", () => {
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

  it("ignores m.notice messages (another bot) but answers text after them", async () => {
    const roomId = await directRoom(world, world.alice);
    const notice = await world.alice.sendNotice(roomId, "Ik ben ook een bot");
    const text = await world.alice.sendText(roomId, "en nu een mens");
    await world.alice.waitForEvent(roomId, (e) => isReplyTo(e, text), 15_000);
    expect(world.alice.events(roomId).some((e) => isReplyTo(e, notice))).toBe(false);
    expect(assistant.texts()).not.toContain("Ik ben ook een bot");
  });

  it("does not answer an edit of an earlier message", async () => {
    const roomId = await directRoom(world, world.bob);
    const asked = await world.bob.sendText(roomId, "eerste versie");
    await world.bob.waitForEvent(roomId, (e) => isReplyTo(e, asked), 15_000);
    const edit = await world.bob.edit(roomId, asked, "tweede versie");
    const after = await world.bob.sendText(roomId, "volgende vraag");
    await world.bob.waitForEvent(roomId, (e) => isReplyTo(e, after), 15_000);
    expect(world.bob.events(roomId).some((e) => isReplyTo(e, edit))).toBe(false);
    expect(assistant.texts().filter((t) => t.includes("versie"))).toEqual(["eerste versie"]);
  });

  it("does not answer messages from before it joined", async () => {
    const roomId = await world.alice.createRoom({ name: "Voor de bot" });
    const old = await world.alice.sendText(roomId, "oude vraag van voor de bot");
    await world.alice.invite(roomId, world.bot.userId);
    await waitForJoin(world.alice, roomId, world.bot.userId);
    const fresh = await world.alice.sendText(roomId, "nieuwe vraag");
    await world.alice.waitForEvent(roomId, (e) => isReplyTo(e, fresh), 15_000);
    expect(world.alice.events(roomId).some((e) => isReplyTo(e, old))).toBe(false);
    expect(world.alice.events(roomId).filter(fromBot(world))).toHaveLength(1);
  });

  it("does not answer history from before its first start", async () => {
    const roomId = await directRoom(world, world.bob);
    const asked = await world.bob.sendText(roomId, "vraag voor de eerste bot");
    await world.bob.waitForEvent(roomId, (e) => isReplyTo(e, asked), 15_000);
    await bot.stop();
    const freshStore = await openTestStore(world, "fresh"); // no sync token: a first start
    const fresh = new EchoAssistant();
    const second = await startBot(world, freshStore, { assistant: fresh });
    try {
      const next = await world.bob.sendText(roomId, "na de herstart");
      await world.bob.waitForEvent(roomId, (e) => isReplyTo(e, next), 15_000);
      expect(fresh.texts()).toEqual(["na de herstart"]);
    } finally {
      await second.stop();
      await freshStore.close();
    }
  });
});
