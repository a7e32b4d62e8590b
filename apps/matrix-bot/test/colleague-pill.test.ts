import { createAssistant } from "@weerbaar/assistant";
import { isReplyTo } from "@weerbaar/testing/synapse";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type MatrixScenario, matrixScenario } from "./support/fixture.ts";
import { BOT_NAME, bodyOf } from "./support/world.ts";

describe("colleagues by pill in a Matrix room", () => {
  let t: MatrixScenario;
  let roomId: string;

  beforeAll(async () => {
    // Bob is not on the staff list yet: alice adds him by pill.
    t = await matrixScenario({
      staff: [],
      assistant: (store, world) => createAssistant({ store, admins: [`matrix:${world.alice.userId}`] }),
    });
    roomId = await t.groupRoom();
  });
  afterAll(() => t?.cleanup());

  it("adds the colleague a pill points at, with that Matrix account; nobody types the user id", async () => {
    const pill = (userId: string, name: string) => `<a href="https://matrix.to/#/${userId}">${name}</a>`;
    const asked = await t.alice.sendText(roomId, `${BOT_NAME}: voeg Bob Bakker toe als adviseur`, {
      html: `${pill(t.world.bot.userId, BOT_NAME)}: voeg ${pill(t.bob.userId, "Bob Bakker")} toe als adviseur`,
      mentions: [t.world.bot.userId, t.bob.userId],
    });
    const question = await t.alice.waitForEvent(roomId, (e) => isReplyTo(e, asked), 15_000);
    expect(bodyOf(question)).toContain(`matrix:${t.bob.userId}`);
    expect(bodyOf(question)).toContain("1. Ja, vastleggen");

    const yes = await t.alice.sendText(roomId, "1", { replyTo: question.event_id });
    const done = await t.alice.waitForEvent(roomId, (e) => isReplyTo(e, yes), 15_000);
    expect(bodyOf(done)).toMatch(/^Vastgelegd/);
    expect(await t.store.staff.findByIdentity({ platform: "matrix", userId: t.bob.userId })).toMatchObject({
      displayName: "Bob Bakker",
      role: "advisor",
    });
  });
});
