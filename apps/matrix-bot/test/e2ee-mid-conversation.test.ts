import { Preset } from "matrix-js-sdk";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type E2eeScenario, e2eeScenario } from "./e2ee-support/e2ee-scenario.ts";
import { repliesTo } from "./e2ee-support/element-like-client.ts";

describe("a room that turns encryption on mid-conversation", () => {
  let t: E2eeScenario;

  beforeAll(async () => {
    // A server that leaves new rooms unencrypted, so the room starts in the clear.
    t = await e2eeScenario({ encryptionByDefault: false });
  });
  afterAll(() => t?.cleanup());

  it("answers in the clear first, and encrypted once the room is", async () => {
    const { room_id: roomId } = await t.alice.client.createRoom({
      preset: Preset.TrustedPrivateChat,
      is_direct: true,
      invite: [t.world.bot.userId],
    });
    await t.alice.waitFor(roomId, (e) => e.type === "m.room.member" && e.sender === t.world.bot.userId);
    const plain = await t.alice.sendText(roomId, "nog onversleuteld");
    const plainAnswer = await t.alice.waitFor(roomId, (e) => repliesTo(e, plain));
    expect(plainAnswer).toMatchObject({ encrypted: false, content: { body: "echo: nog onversleuteld" } });

    await t.alice.client.sendStateEvent(
      roomId,
      "m.room.encryption" as never,
      { algorithm: "m.megolm.v1.aes-sha2" } as never,
      "",
    );
    await t.alice.waitFor(roomId, (e) => e.type === "m.room.encryption");
    const secret = await t.alice.sendText(roomId, "nu versleuteld");
    const secretAnswer = await t.alice.waitFor(roomId, (e) => repliesTo(e, secret));
    expect(secretAnswer).toMatchObject({ encrypted: true, content: { body: "echo: nu versleuteld" } });
  }, 90_000);
});
