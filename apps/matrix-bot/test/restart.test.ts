import { isReplyTo } from "@weerbaar/testing/synapse";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { CLAIMED_PREFIX } from "../src/state/storage-provider.ts";
import { EchoAssistant } from "./support/echo-assistant.ts";
import { type MatrixScenario, matrixScenario } from "./support/fixture.ts";
import { bodyOf, fromBot } from "./support/world.ts";

describe("restarts", () => {
  let t: MatrixScenario;

  beforeAll(async () => {
    t = await matrixScenario({ start: false });
  });
  afterAll(() => t?.cleanup());

  it("a bot restart mid-conversation loses no answer and repeats none", async () => {
    const first = new EchoAssistant();
    await t.startBot({ assistant: first });
    const roomId = await t.directRoom(t.alice);
    const before = await t.alice.sendText(roomId, "bevestig");
    const question = await t.alice.waitForEvent(roomId, (e) => isReplyTo(e, before), 15_000);
    await t.bot.stop();

    // While the bot is down: the answer to its question and another question.
    const choice = await t.alice.sendText(roomId, "1");
    const during = await t.alice.sendText(roomId, "nog een vraag");

    const second = new EchoAssistant();
    await t.startBot({ assistant: second });
    expect(bodyOf(await t.alice.waitForEvent(roomId, (e) => isReplyTo(e, choice), 15_000))).toBe("echo: ja");
    expect(bodyOf(await t.alice.waitForEvent(roomId, (e) => isReplyTo(e, during), 15_000))).toBe(
      "echo: nog een vraag",
    );
    const botMessages = await t.alice.collectFor(roomId, fromBot(t.world), 2000);
    expect(botMessages.map((e) => e.event_id)).toHaveLength(3);
    expect(botMessages.filter((e) => isReplyTo(e, before))).toEqual([question]);
    expect(second.texts()).toEqual(["ja", "nog een vraag"]);
    expect(first.texts()).toEqual(["bevestig"]);
    // Every claim was dropped once its answer was out: none is left to be mistaken for an interrupted turn.
    expect(await t.store.kv.pruneKeys(CLAIMED_PREFIX, new Date(Date.now() + 60_000))).toBe(0);
  });

  it("keeps answering after Synapse restarts", { timeout: 60_000 }, async () => {
    const bot = t.bot ?? (await t.startBot());
    const roomId = await t.directRoom(t.bob);
    const before = await t.bob.sendText(roomId, "voor de herstart");
    await t.bob.waitForEvent(roomId, (e) => isReplyTo(e, before), 15_000);
    await t.world.synapse.restart();
    const after = await t.bob.sendText(roomId, "na de herstart");
    expect(bodyOf(await t.bob.waitForEvent(roomId, (e) => isReplyTo(e, after), 30_000))).toBe(
      "echo: na de herstart",
    );
    expect(bot.status()).toMatchObject({ running: true, leader: true });
    const answers = await t.bob.collectFor(roomId, fromBot(t.world), 1000);
    expect(answers).toHaveLength(2);
  });
});
