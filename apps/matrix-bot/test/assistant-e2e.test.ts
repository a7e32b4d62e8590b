import { createAssistant } from "@weerbaar/assistant";
import { isReplyTo } from "@weerbaar/testing/synapse";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type MatrixScenario, matrixScenario } from "./support/fixture.ts";
import { BOT_NAME, bodyOf, waitForJoin } from "./support/world.ts";

describe("end to end with the real assistant and store", () => {
  let t: MatrixScenario;

  beforeAll(async () => {
    // Only the admins in WEERBAAR_ADMINS at first: the assistant puts alice on the staff list; bob is unknown.
    t = await matrixScenario({
      staff: [],
      assistant: (store, world) => createAssistant({ store, admins: [`matrix:${world.alice.userId}`] }),
    });
  });
  afterAll(() => t?.cleanup());

  it("refuses an unknown user politely, until an admin adds them (confirmed with 👍)", async () => {
    const bobRoom = await t.directRoom(t.bob);
    const ask = async (text: string) => {
      const id = await t.bob.sendText(bobRoom, text);
      return t.bob.waitForEvent(bobRoom, (e) => isReplyTo(e, id), 15_000);
    };
    const refusal = await ask("hoe staat Leudal ervoor?");
    expect(bodyOf(refusal)).toContain("Sorry");
    expect(bodyOf(refusal)).toContain(`matrix:${t.bob.userId}`);

    const aliceRoom = await t.directRoom(t.alice);
    const add = await t.alice.sendText(aliceRoom, `voeg matrix:${t.bob.userId} toe als adviseur, naam Bob`);
    const question = await t.alice.waitForEvent(aliceRoom, (e) => isReplyTo(e, add), 15_000);
    expect(bodyOf(question)).toContain("1. Ja, vastleggen\n2. Nee");
    await t.alice.sendReaction(aliceRoom, question.event_id, "👍");
    const done = await t.alice.waitForEvent(
      aliceRoom,
      (e) => isReplyTo(e, question.event_id) && bodyOf(e).startsWith("Vastgelegd"),
      15_000,
    );
    expect(bodyOf(done)).toContain("Bob");
    expect(await t.store.staff.findByIdentity({ platform: "matrix", userId: t.bob.userId })).toMatchObject({
      displayName: "Bob",
    });

    const status = await ask("hoe staat Leudal ervoor?");
    expect(bodyOf(status)).toContain("Leudal");
    expect(String(status.content.formatted_body)).toContain("<li><strong>Protocol:</strong>");
  });

  it("records a survey answer in a group room: mention, then a numbered choice", async () => {
    const roomId = await t.alice.createRoom({
      name: "Team",
      invite: [t.bob.userId, t.world.bot.userId],
    });
    await t.bob.join(roomId);
    await waitForJoin(t.alice, roomId, t.world.bot.userId);
    const asked = await t.alice.sendText(roomId, `${BOT_NAME}: Bergen heeft een protocol`, {
      mentions: [t.world.bot.userId],
    });
    const question = await t.alice.waitForEvent(roomId, (e) => isReplyTo(e, asked), 15_000);
    expect(bodyOf(question)).toMatch(/1\. gemeente Bergen \(NH\.\).*\n2\. gemeente Bergen \(L\.\)/);
    const picked = await t.alice.sendText(roomId, "2");
    const recorded = await t.alice.waitForEvent(roomId, (e) => isReplyTo(e, picked), 15_000);
    expect(bodyOf(recorded)).toContain("Bergen (L.)");
    expect(bodyOf(recorded)).toContain("protocol aanwezig");
    const list = await t.bob.sendText(roomId, "!weerbaar welke gemeenten in Limburg hebben een protocol?");
    const answer = await t.bob.waitForEvent(roomId, (e) => isReplyTo(e, list), 15_000);
    expect(bodyOf(answer)).toContain("Bergen (L.)");
  });
});
