import { isReplyTo } from "@weerbaar/testing/synapse";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { EchoAssistant } from "./support/echo-assistant.ts";
import { type MatrixScenario, matrixScenario } from "./support/fixture.ts";
import { bodyOf } from "./support/world.ts";

describe("choices and confirmations", () => {
  let t: MatrixScenario;
  let roomId: string;
  const assistant = new EchoAssistant();

  beforeAll(async () => {
    t = await matrixScenario({ assistant });
    roomId = await t.directRoom();
  });
  afterAll(() => t?.cleanup());

  const ask = async (text: string) => {
    const asked = await t.alice.sendText(roomId, text);
    return t.alice.waitForEvent(roomId, (e) => isReplyTo(e, asked), 15_000);
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
    await t.alice.sendReaction(roomId, question.event_id, "👍");
    const answer = await t.alice.waitForEvent(
      roomId,
      (e) => isReplyTo(e, question.event_id) && bodyOf(e).startsWith("echo:"),
      15_000,
    );
    expect(bodyOf(answer)).toBe("echo: ja");
  });

  it("cancels with 👎 (skin tone and variation selector included)", async () => {
    const question = await ask("bevestig");
    await t.alice.sendReaction(roomId, question.event_id, "👎🏽");
    const answer = await t.alice.waitForEvent(
      roomId,
      (e) => isReplyTo(e, question.event_id) && bodyOf(e).startsWith("echo:"),
      15_000,
    );
    expect(bodyOf(answer)).toBe("echo: nee");
  });

  it("ignores reactions on a question that was already superseded, and other emoji", async () => {
    const old = await ask("bevestig");
    await ask("iets anders");
    await t.alice.sendReaction(roomId, old.event_id, "👍");
    const current = await ask("bevestig");
    await t.alice.sendReaction(roomId, current.event_id, "🎉");
    const replies = await t.alice.collectFor(
      roomId,
      (e) => (isReplyTo(e, old.event_id) || isReplyTo(e, current.event_id)) && bodyOf(e).startsWith("echo:"),
      2500,
    );
    expect(replies).toEqual([]);
    expect(assistant.texts().slice(-2)).toEqual(["iets anders", "bevestig"]);
  });
});
