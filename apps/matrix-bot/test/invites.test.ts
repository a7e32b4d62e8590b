import { isReplyTo, type MatrixEvent } from "@weerbaar/testing/synapse";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type MatrixScenario, matrixScenario } from "./support/fixture.ts";
import { waitForJoin } from "./support/world.ts";

const membershipOf = (userId: string, membership: string) => (e: MatrixEvent) =>
  e.type === "m.room.member" && e.state_key === userId && e.content.membership === membership;

describe("invites and room membership", () => {
  let t: MatrixScenario;

  beforeAll(async () => {
    t = await matrixScenario();
  });
  afterAll(() => t?.cleanup());

  it("rejects an invite from a stranger and never joins", async () => {
    const roomId = await t.stranger.createRoom({ directWith: t.world.bot.userId });
    await t.stranger.waitForEvent(roomId, membershipOf(t.world.bot.userId, "leave"), 15_000);
    expect(t.stranger.events(roomId).some(membershipOf(t.world.bot.userId, "join"))).toBe(false);
    expect(await t.stranger.joinedMembers(roomId)).toEqual([t.stranger.userId]);
  });

  it("joins when an allowed user invites it", async () => {
    const roomId = await t.alice.createRoom({ directWith: t.world.bot.userId });
    await waitForJoin(t.alice, roomId, t.world.bot.userId);
    const asked = await t.alice.sendText(roomId, "hallo");
    await t.alice.waitForEvent(roomId, (e) => isReplyTo(e, asked), 15_000);
  });

  it("leaves a room where no allowed user remains", async () => {
    const roomId = await t.alice.createRoom({
      name: "Gemengd",
      invite: [t.stranger.userId, t.world.bot.userId],
    });
    await t.stranger.join(roomId);
    await waitForJoin(t.stranger, roomId, t.world.bot.userId);
    await t.alice.leave(roomId);
    await t.stranger.waitForEvent(roomId, membershipOf(t.world.bot.userId, "leave"), 15_000);
    expect(await t.stranger.joinedMembers(roomId)).toEqual([t.stranger.userId]);
  });

  it("stays while an allowed user remains", async () => {
    const roomId = await t.alice.createRoom({
      name: "Team",
      invite: [t.bob.userId, t.world.bot.userId],
    });
    await t.bob.join(roomId);
    await waitForJoin(t.bob, roomId, t.world.bot.userId);
    await t.alice.leave(roomId);
    await t.bob.collectFor(roomId, membershipOf(t.world.bot.userId, "leave"), 2000);
    expect((await t.bob.joinedMembers(roomId)).sort()).toEqual([t.bob.userId, t.world.bot.userId].sort());
  });
});
