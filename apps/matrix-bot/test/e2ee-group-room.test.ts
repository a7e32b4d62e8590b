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

describe("an encrypted group room with two people", () => {
  let world: E2eeWorld;
  let running: E2eeBot;
  let alice: ElementLikeClient;
  let bob: ElementLikeClient;

  beforeAll(async () => {
    world = await createE2eeWorld();
    running = await startE2eeBot(world);
    [alice, bob] = await Promise.all([startHuman(world, "alice"), startHuman(world, "bob")]);
  });
  afterAll(async () => {
    alice?.stop();
    bob?.stop();
    await running?.bot.stop();
    await world?.close();
  });

  it("lets only the asker confirm with a reaction, and both read every answer", async () => {
    const { room_id: roomId } = await alice.client.createRoom({
      preset: Preset.PrivateChat,
      name: "Team",
      invite: [world.bot.userId, world.bob.userId],
    });
    await bob.client.joinRoom(roomId);
    await alice.waitFor(roomId, (e) => e.type === "m.room.member" && e.sender === world.bot.userId);
    await alice.waitFor(roomId, (e) => e.type === "m.room.member" && e.sender === world.bob.userId);

    const asked = await alice.sendText(roomId, "!weerbaar bevestig");
    const question = await alice.waitFor(roomId, (e) => repliesTo(e, asked));
    expect(question.encrypted).toBe(true);
    await bob.waitFor(roomId, (e) => e.eventId === question.eventId);

    await bob.react(roomId, question.eventId, "👍");
    const refusal = await bob.waitFor(roomId, (e) => repliesTo(e, question.eventId));
    expect(refusal.encrypted).toBe(true);
    expect(String(refusal.content.body)).toContain("Deze vraag was voor");

    await alice.react(roomId, question.eventId, "👍");
    const confirmed = await alice.waitFor(
      roomId,
      (e) => repliesTo(e, question.eventId) && e.eventId !== refusal.eventId,
    );
    expect(confirmed.content.body).toBe("echo: ja");
  }, 90_000);
});
