// Changes that read a row and write it back, run at once from several replicas: none is lost. On PostgreSQL the
// row is locked from the read on; SQLite runs one writer at a time.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { aBooking, anAdvisor } from "../../test/builders.ts";
import { console1, engines, openTestStore, type TestStore } from "../../test/engines.ts";
import { openStore, type Store } from "../index.ts";

const REPLICAS = 4;

describe.each(engines)("concurrent changes of one row on $name", (engine) => {
  let t: TestStore;
  let replicas: Store[];
  beforeAll(async () => {
    t = await openTestStore(engine);
    replicas = await Promise.all(
      Array.from({ length: REPLICAS }, () => openStore(t.url, { now: t.clock.now })),
    );
  });
  afterAll(async () => {
    for (const replica of replicas ?? []) await replica.close();
    await t?.cleanup();
  });

  it("concurrent reschedules of one meeting keep every move: each bumps the sequence once", async () => {
    const organizer = await anAdvisor(t.store);
    const booked = await t.store.appointments.book(aBooking(organizer.id), console1);
    const moves = replicas.flatMap((replica, r) =>
      [0, 1, 2].map((k) => {
        const start = new Date(Date.UTC(2023, 10, 1 + r * 3 + k, 9));
        return replica.appointments.reschedule(
          booked.id,
          { start, end: new Date(start.getTime() + 3_600_000), reason: `r${r}-${k}` },
          console1,
        );
      }),
    );
    await Promise.all(moves);
    const after = await t.store.appointments.get(booked.id);
    expect(after?.sequence).toBe(moves.length);
    expect(after?.history).toHaveLength(moves.length);
    // Each move starts where the one committed before it ended up: a chain, no move read a stale time.
    const chain = after?.history.map((h) => h.previousStart.getTime()) ?? [];
    expect(new Set(chain).size).toBe(moves.length);
    expect(chain[0]).toBe(booked.start.getTime());
  });

  it("a cancel and reschedules at once: the meeting ends cancelled or moved, never moved after its cancel", async () => {
    const organizer = await anAdvisor(t.store);
    const booked = await t.store.appointments.book(
      aBooking(organizer.id, {
        start: new Date("2023-12-04T09:00:00Z"),
        end: new Date("2023-12-04T10:00:00Z"),
      }),
      console1,
    );
    const results = await Promise.allSettled(
      replicas.map((replica, r) =>
        r === 0
          ? replica.appointments.cancel(booked.id, { reason: "afgezegd" }, console1)
          : replica.appointments.reschedule(
              booked.id,
              { start: new Date(Date.UTC(2023, 11, 5 + r, 9)), end: new Date(Date.UTC(2023, 11, 5 + r, 10)) },
              console1,
            ),
      ),
    );
    const after = await t.store.appointments.get(booked.id);
    expect(after?.status).toBe("cancelled");
    const moved = results.filter((r) => r.status === "fulfilled").length - 1;
    expect(after?.history).toHaveLength(moved);
    expect(after?.sequence).toBe(moved + 1);
  });

  it("concurrent patches of different fields of a contact are all applied", async () => {
    for (let round = 0; round < 10; round++) {
      const contact = await t.store.contacts.add(
        { bodyCode: "GM1640", name: `Els ${round}`, role: "clerk" },
        console1,
      );
      await Promise.all(
        replicas.map((replica, r) =>
          replica.contacts.update(
            contact.id,
            r % 2 === 0 ? { email: `els${r}@leudal.nl` } : { phone: `0475 00000${r}` },
            console1,
          ),
        ),
      );
      const after = await t.store.contacts.get(contact.id);
      expect(after?.email, `round ${round}`).toMatch(/^els\d@leudal\.nl$/);
      expect(after?.phone, `round ${round}`).toMatch(/^0475 00000\d$/);
    }
  });

  it("subscribing one channel from several replicas at once makes one subscription, no error", async () => {
    const subscribed = await Promise.all(
      replicas.map((replica, r) =>
        replica.subscriptions.subscribe(
          { platform: "teams", channelId: "19:team", kind: "weekly", lang: r % 2 === 0 ? "nl" : "en" },
          console1,
        ),
      ),
    );
    expect(new Set(subscribed.map((s) => s.id)).size).toBe(1);
    const listed = await t.store.subscriptions.list({ channelId: "19:team" });
    expect(listed).toHaveLength(1);
    expect(listed[0]?.active).toBe(true);
  });
});
