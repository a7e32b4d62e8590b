import type { Store } from "@weerbaar/store";
import { isReplyTo } from "@weerbaar/testing/synapse";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { MatrixBot } from "../src/bot.ts";
import { CLAIMED_PREFIX } from "../src/storage-provider.ts";
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

describe("restarts", () => {
  let world: World;
  let store: Store;
  let bot: MatrixBot | undefined;

  beforeAll(async () => {
    world = await createWorld();
    store = await openTestStore(world);
  });
  afterAll(async () => {
    await bot?.stop();
    await store?.close();
    await world?.close();
  });

  it("a bot restart mid-conversation loses no answer and repeats none", async () => {
    const first = new EchoAssistant();
    bot = await startBot(world, store, { assistant: first });
    const roomId = await directRoom(world, world.alice);
    const before = await world.alice.sendText(roomId, "bevestig");
    const question = await world.alice.waitForEvent(roomId, (e) => isReplyTo(e, before), 15_000);
    await bot.stop();

    // While the bot is down: the answer to its question and another question.
    const choice = await world.alice.sendText(roomId, "1");
    const during = await world.alice.sendText(roomId, "nog een vraag");

    const second = new EchoAssistant();
    bot = await startBot(world, store, { assistant: second });
    expect(bodyOf(await world.alice.waitForEvent(roomId, (e) => isReplyTo(e, choice), 15_000))).toBe(
      "echo: ja",
    );
    expect(bodyOf(await world.alice.waitForEvent(roomId, (e) => isReplyTo(e, during), 15_000))).toBe(
      "echo: nog een vraag",
    );
    const botMessages = await world.alice.collectFor(roomId, fromBot(world), 2000);
    expect(botMessages.map((e) => e.event_id)).toHaveLength(3);
    expect(botMessages.filter((e) => isReplyTo(e, before))).toEqual([question]);
    expect(second.texts()).toEqual(["ja", "nog een vraag"]);
    expect(first.texts()).toEqual(["bevestig"]);
    // Every claim was dropped once its answer was out: none is left to be mistaken for an interrupted turn.
    expect(await store.kv.pruneKeys(CLAIMED_PREFIX, new Date(Date.now() + 60_000))).toBe(0);
  });

  it("keeps answering after Synapse restarts", { timeout: 60_000 }, async () => {
    bot ??= await startBot(world, store);
    const roomId = await directRoom(world, world.bob);
    const before = await world.bob.sendText(roomId, "voor de herstart");
    await world.bob.waitForEvent(roomId, (e) => isReplyTo(e, before), 15_000);
    await world.synapse.restart();
    const after = await world.bob.sendText(roomId, "na de herstart");
    expect(bodyOf(await world.bob.waitForEvent(roomId, (e) => isReplyTo(e, after), 30_000))).toBe(
      "echo: na de herstart",
    );
    expect(bot.status()).toMatchObject({ running: true, leader: true });
    const answers = await world.bob.collectFor(roomId, fromBot(world), 1000);
    expect(answers).toHaveLength(2);
  });
});
