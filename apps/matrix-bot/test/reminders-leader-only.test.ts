import { manualTimer } from "@weerbaar/reminders";
import { pino } from "pino";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { MatrixBot } from "../src/bot.ts";
import { createMatrixReminders } from "../src/reminders.ts";
import { type MatrixScenario, matrixScenario } from "./support/fixture.ts";
import { bodyOf, fromBot } from "./support/world.ts";

describe("reminders are delivered only by the instance that holds the lease", () => {
  let t: MatrixScenario;
  let leader: MatrixBot;
  let standby: MatrixBot;
  // Saturday 28 November 2026 13:00 Amsterdam; moved by hand. The store's clock stands still, so the leader's
  // lease row never expires for the standby.
  let clock = new Date("2026-11-28T12:00:00Z");

  beforeAll(async () => {
    t = await matrixScenario({ now: () => clock });
    leader = t.bot;
    standby = await t.startBot(); // same store, same account: the lease is taken, so it stands by
  });
  afterAll(() => t?.cleanup());

  const worker = (bot: MatrixBot, workerId: string) =>
    createMatrixReminders({
      store: t.store,
      bot,
      logger: pino({ level: "silent" }),
      now: () => clock,
      workerId,
      timer: manualTimer(),
    });

  it("a standby leaves a due reminder alone (no claim, no attempt); the leader sends it once", async () => {
    expect(leader.status().leader).toBe(true);
    expect(standby.status().leader).toBe(false);
    const roomId = await t.directRoom(t.alice);
    // Alice subscribes the room and organises the meeting (a room gets the meetings of whoever subscribed it).
    const anna = await t.store.staff.findByIdentity({ platform: "matrix", userId: t.alice.userId });
    const ctx = { actorId: anna?.id ?? "?", channel: "test" };
    await t.store.subscriptions.subscribe({ platform: "matrix", channelId: roomId, kind: "meetings" }, ctx);
    await t.store.appointments.book(
      {
        bodyCode: "GM1640",
        organizerId: anna?.id ?? "?",
        start: new Date("2026-11-30T09:00:00Z"),
        end: new Date("2026-11-30T10:00:00Z"),
        location: "Gemeentehuis Leudal",
      },
      ctx,
    );
    const onLeader = worker(leader, "matrix-leader");
    const onStandby = worker(standby, "matrix-standby");
    // The leader plans and enqueues the day-before reminder; it is not due yet.
    const first = await onLeader.tick();
    expect(first).toMatchObject({ enqueued: 2, sent: [] });
    const [pending] = await t.store.deliveries.list({ status: "pending" });
    expect(pending).toBeDefined();

    clock = new Date("2026-11-29T15:00:00Z"); // due now
    const skipped = await onStandby.tick();
    expect(skipped).toMatchObject({ planned: 0, sent: [], failed: [], dropped: [] });
    const untouched = await t.store.deliveries.get(pending?.id ?? "?");
    expect(untouched).toMatchObject({ status: "pending", attempts: 0 });

    const report = await onLeader.tick();
    expect(report.sent).toHaveLength(1);
    expect((await t.store.deliveries.get(pending?.id ?? "?"))?.status).toBe("sent");
    expect((await onStandby.tick()).sent).toEqual([]);
    expect((await onLeader.tick()).sent).toEqual([]);
    const arrived = await t.alice.collectFor(roomId, fromBot(t.world), 1500);
    expect(arrived.filter((e) => bodyOf(e).includes("Morgen om 10:00"))).toHaveLength(1);
  });
});
