import { isReplyTo } from "@weerbaar/testing/synapse";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { EchoAssistant } from "./support/echo-assistant.ts";
import { type MatrixScenario, matrixScenario } from "./support/fixture.ts";
import { fromBot, waitForJoin } from "./support/world.ts";

describe("what the bot ignores", () => {
  let t: MatrixScenario;
  const assistant = new EchoAssistant();

  beforeAll(async () => {
    t = await matrixScenario({ assistant });
  });
  afterAll(() => t?.cleanup());

  it("ignores m.notice messages (another bot) but answers text after them", async () => {
    const roomId = await t.directRoom(t.alice);
    const notice = await t.alice.sendNotice(roomId, "Ik ben ook een bot");
    const text = await t.alice.sendText(roomId, "en nu een mens");
    await t.alice.waitForEvent(roomId, (e) => isReplyTo(e, text), 15_000);
    expect(t.alice.events(roomId).some((e) => isReplyTo(e, notice))).toBe(false);
    expect(assistant.texts()).not.toContain("Ik ben ook een bot");
  });

  it("does not answer an edit of an earlier message", async () => {
    const roomId = await t.directRoom(t.bob);
    const asked = await t.bob.sendText(roomId, "eerste versie");
    await t.bob.waitForEvent(roomId, (e) => isReplyTo(e, asked), 15_000);
    const edit = await t.bob.edit(roomId, asked, "tweede versie");
    const after = await t.bob.sendText(roomId, "volgende vraag");
    await t.bob.waitForEvent(roomId, (e) => isReplyTo(e, after), 15_000);
    expect(t.bob.events(roomId).some((e) => isReplyTo(e, edit))).toBe(false);
    expect(assistant.texts().filter((t) => t.includes("versie"))).toEqual(["eerste versie"]);
  });

  it("does not answer messages from before it joined", async () => {
    const roomId = await t.alice.createRoom({ name: "Voor de bot" });
    const old = await t.alice.sendText(roomId, "oude vraag van voor de bot");
    await t.alice.invite(roomId, t.world.bot.userId);
    await waitForJoin(t.alice, roomId, t.world.bot.userId);
    const fresh = await t.alice.sendText(roomId, "nieuwe vraag");
    await t.alice.waitForEvent(roomId, (e) => isReplyTo(e, fresh), 15_000);
    expect(t.alice.events(roomId).some((e) => isReplyTo(e, old))).toBe(false);
    expect(t.alice.events(roomId).filter(fromBot(t.world))).toHaveLength(1);
  });

  it("does not answer history from before its first start", async () => {
    const roomId = await t.directRoom(t.bob);
    const asked = await t.bob.sendText(roomId, "vraag voor de eerste bot");
    await t.bob.waitForEvent(roomId, (e) => isReplyTo(e, asked), 15_000);
    await t.bot.stop();
    const freshStore = await t.openStore("fresh"); // no sync token: a first start
    const fresh = new EchoAssistant();
    await t.startBot({ store: freshStore, assistant: fresh });
    const next = await t.bob.sendText(roomId, "na de herstart");
    await t.bob.waitForEvent(roomId, (e) => isReplyTo(e, next), 15_000);
    expect(fresh.texts()).toEqual(["na de herstart"]);
  });
});
