import { Preset } from "matrix-js-sdk";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  createE2eeWorld,
  type E2eeBot,
  type E2eeWorld,
  startE2eeBot,
  startHuman,
} from "./e2ee-support/e2ee-world.ts";
import { type ElementLikeClient, repliesTo } from "./e2ee-support/element-like-client.ts";

describe("a room that turns encryption on mid-conversation", () => {
  let world: E2eeWorld;
  let running: E2eeBot;
  let alice: ElementLikeClient;

  beforeAll(async () => {
    // A server that leaves new rooms unencrypted, so the room starts in the clear.
    world = await createE2eeWorld({ encryptionByDefault: false });
    running = await startE2eeBot(world);
    alice = await startHuman(world, "alice");
  });
  afterAll(async () => {
    alice?.stop();
    await running?.bot.stop();
    await world?.close();
  });

  it("answers in the clear first, and encrypted once the room is", async () => {
    const { room_id: roomId } = await alice.client.createRoom({
      preset: Preset.TrustedPrivateChat,
      is_direct: true,
      invite: [world.bot.userId],
    });
    await alice.waitFor(roomId, (e) => e.type === "m.room.member" && e.sender === world.bot.userId);
    const plain = await alice.sendText(roomId, "nog onversleuteld");
    const plainAnswer = await alice.waitFor(roomId, (e) => repliesTo(e, plain));
    expect(plainAnswer).toMatchObject({ encrypted: false, content: { body: "echo: nog onversleuteld" } });

    await alice.client.sendStateEvent(
      roomId,
      "m.room.encryption" as never,
      { algorithm: "m.megolm.v1.aes-sha2" } as never,
      "",
    );
    await alice.waitFor(roomId, (e) => e.type === "m.room.encryption");
    const secret = await alice.sendText(roomId, "nu versleuteld");
    const secretAnswer = await alice.waitFor(roomId, (e) => repliesTo(e, secret));
    expect(secretAnswer).toMatchObject({ encrypted: true, content: { body: "echo: nu versleuteld" } });
  }, 90_000);
});
