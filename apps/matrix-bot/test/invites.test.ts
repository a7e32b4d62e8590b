import type { Store } from "@weerbaar/store";
import { isReplyTo, type MatrixEvent } from "@weerbaar/testing/synapse";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { MatrixBot } from "../src/bot.ts";
import { createWorld, openTestStore, startBot, type World, waitForJoin } from "./support/world.ts";

const membershipOf = (userId: string, membership: string) => (e: MatrixEvent) =>
  e.type === "m.room.member" && e.state_key === userId && e.content.membership === membership;

describe("invites and room membership", () => {
  let world: World;
  let store: Store;
  let bot: MatrixBot;

  beforeAll(async () => {
    world = await createWorld();
    store = await openTestStore(world);
    bot = await startBot(world, store);
  });
  afterAll(async () => {
    await bot?.stop();
    await store?.close();
    await world?.close();
  });

  it("rejects an invite from a stranger and never joins", async () => {
    const roomId = await world.stranger.createRoom({ directWith: world.bot.userId });
    await world.stranger.waitForEvent(roomId, membershipOf(world.bot.userId, "leave"), 15_000);
    expect(world.stranger.events(roomId).some(membershipOf(world.bot.userId, "join"))).toBe(false);
    expect(await world.stranger.joinedMembers(roomId)).toEqual([world.stranger.userId]);
  });

  it("joins when an allowed user invites it", async () => {
    const roomId = await world.alice.createRoom({ directWith: world.bot.userId });
    await waitForJoin(world.alice, roomId, world.bot.userId);
    const asked = await world.alice.sendText(roomId, "hallo");
    await world.alice.waitForEvent(roomId, (e) => isReplyTo(e, asked), 15_000);
  });

  it("leaves a room where no allowed user remains", async () => {
    const roomId = await world.alice.createRoom({
      name: "Gemengd",
      invite: [world.stranger.userId, world.bot.userId],
    });
    await world.stranger.join(roomId);
    await waitForJoin(world.stranger, roomId, world.bot.userId);
    await world.alice.leave(roomId);
    await world.stranger.waitForEvent(roomId, membershipOf(world.bot.userId, "leave"), 15_000);
    expect(await world.stranger.joinedMembers(roomId)).toEqual([world.stranger.userId]);
  });

  it("stays while an allowed user remains", async () => {
    const roomId = await world.alice.createRoom({
      name: "Team",
      invite: [world.bob.userId, world.bot.userId],
    });
    await world.bob.join(roomId);
    await waitForJoin(world.bob, roomId, world.bot.userId);
    await world.alice.leave(roomId);
    await world.bob.collectFor(roomId, membershipOf(world.bot.userId, "leave"), 2000);
    expect((await world.bob.joinedMembers(roomId)).sort()).toEqual(
      [world.bob.userId, world.bot.userId].sort(),
    );
  });
});
