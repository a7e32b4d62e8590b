import type { Store } from "@weerbaar/store";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  type EngineCase,
  engines,
  openTestDatabase,
  setupCtx,
  type TestDatabase,
  testClock,
} from "../test/engines.ts";
import { aStaffMember, bookLeudal, recordingSender, subscribe } from "../test/scenario.ts";
import type { OutgoingReminder, Sender } from "./sender.ts";
import { createReminderService, type ReminderService } from "./service.ts";

const STEP_MS = 30 * 60_000;
const LEASE_MS = 120_000;
const START = "2023-10-22T22:00:00Z"; // Monday 23 October 2023 00:00 Amsterdam
const END = "2023-10-31T23:00:00Z"; // Wednesday 1 November 00:00 Amsterdam, after the autumn change

/** A small deterministic random source (mulberry32), so a failing run can be replayed. */
function seeded(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** The week's data: meetings of two staff members (one moved, one cancelled), a letter waiting, four channels. */
async function seedWeek(store: Store): Promise<void> {
  await aStaffMember(store, "staff-anna", "Anna de Vries");
  await aStaffMember(store, "staff-bob", "Bob Bakker");
  await subscribe(store, { platform: "teams", channelId: "19:team@thread" }, [
    "meetings",
    "follow_ups",
    "digest",
  ]);
  await subscribe(store, { platform: "teams", channelId: "a:personal-anna" }, ["meetings"]);
  await subscribe(
    store,
    { platform: "matrix", channelId: "!bob:hs" },
    ["meetings", "follow_ups"],
    "staff-bob",
  );
  await subscribe(store, { platform: "matrix", channelId: "!team:hs" }, ["digest"], "staff-bob");
  const meetings = [
    ["2023-10-24T07:00:00Z", "staff-anna"],
    ["2023-10-25T12:30:00Z", "staff-bob"],
    ["2023-10-26T09:00:00Z", "staff-anna"],
    ["2023-10-27T13:00:00Z", "staff-bob"],
    ["2023-10-30T08:00:00Z", "staff-anna"],
    ["2023-10-31T10:00:00Z", "staff-bob"],
  ] as const;
  const booked = [];
  for (const [start, organizerId] of meetings) booked.push(await bookLeudal(store, start, { organizerId }));
  await store.outreach.record(
    { type: "letter_sent", bodyCode: "GM0983", occurredAt: new Date("2023-10-02T09:00:00Z") },
    setupCtx,
  );
  return void booked;
}

/** Changes made while the week runs, at fixed instants. */
async function midWeekChanges(store: Store, at: Date): Promise<void> {
  const iso = at.toISOString();
  const list = await store.appointments.list({ includeCancelled: true });
  if (iso === "2023-10-25T08:00:00.000Z") {
    const target = list.find((a) => a.start.toISOString() === "2023-10-26T09:00:00.000Z");
    if (target)
      await store.appointments.reschedule(
        target.id,
        { start: new Date("2023-10-26T13:00:00Z"), end: new Date("2023-10-26T14:00:00Z") },
        setupCtx,
      );
  }
  if (iso === "2023-10-29T10:00:00.000Z") {
    const target = list.find((a) => a.start.toISOString() === "2023-10-31T10:00:00.000Z");
    if (target) await store.appointments.cancel(target.id, { reason: "ziek" }, setupCtx);
  }
}

type Platform = ReturnType<typeof recordingSender> & { duplicates: string[]; completed: Set<string> };

/**
 * A platform that dedupes resends of a key (Matrix txn ids, the Teams bot's recorded activity ids) and notes true
 * duplicates: a call for a key whose earlier send already returned its message id to a worker.
 */
function platform(): Platform {
  const inner = recordingSender();
  return Object.assign(inner, { duplicates: [] as string[], completed: new Set<string>() });
}

/** Sends through the platform as a live worker does: a key sent after a send that returned is a duplicate. */
async function sendLive(target: Platform, message: OutgoingReminder): Promise<string> {
  if (target.completed.has(message.key)) target.duplicates.push(message.key);
  const id = await target(message);
  target.completed.add(message.key);
  return id;
}

/** Keys with each appointment id replaced by the meeting's originally booked start, comparable across databases. */
async function normalized(store: Store, keys: Iterable<string>): Promise<string[]> {
  const labels = new Map<string, string>();
  for (const a of await store.appointments.list({ includeCancelled: true })) {
    labels.set(a.id, (a.history[0]?.previousStart ?? a.start).toISOString());
  }
  return [...keys].map((key) => key.replace(/[0-9a-f-]{36}/, (id) => labels.get(id) ?? id)).sort();
}

async function runReference(engine: EngineCase): Promise<string[]> {
  const clock = testClock(START);
  const db = await openTestDatabase(engine, clock);
  try {
    await seedWeek(db.store);
    const teams = platform();
    const matrix = platform();
    const svc = createReminderService({
      store: db.store,
      senders: { teams: (m) => sendLive(teams, m), matrix: (m) => sendLive(matrix, m) },
      now: clock.now,
      workerId: "ref",
    });
    for (let t = new Date(START).getTime(); t <= new Date(END).getTime(); t += STEP_MS) {
      clock.set(new Date(t));
      await midWeekChanges(db.store, clock.now());
      await svc.tick();
    }
    return await normalized(db.store, [...teams.posted.keys(), ...matrix.posted.keys()]);
  } finally {
    await db.cleanup();
  }
}

const postgres = engines.filter((e) => e.name === "postgres");

describe.each(postgres)("four replicas on one $name database", (engine) => {
  let db: TestDatabase;
  let expected: string[];
  beforeAll(async () => {
    expected = await runReference(engines.find((e) => e.name === "sqlite") ?? engine);
  }, 120_000);
  afterAll(async () => db?.cleanup());

  it("deliver a week of reminders with zero duplicates and zero losses, while instances are killed mid-send", async () => {
    const clock = testClock(START);
    db = await openTestDatabase(engine, clock);
    await seedWeek(db.store);
    const teams = platform();
    const matrix = platform();
    const random = seeded(20231029);
    let generation = 0;
    let kills = 0;

    type Instance = {
      service: ReminderService;
      doom?: "before_post" | "after_post";
      killed: Promise<void>;
      kill(): void;
    };
    const spawn = async (): Promise<Instance> => {
      const store = await db.open();
      let kill!: () => void;
      const killed = new Promise<void>((resolve) => {
        kill = resolve;
      });
      const instance: Instance = { killed, kill } as Instance;
      const guard =
        (target: Platform): Sender =>
        async (message: OutgoingReminder) => {
          if (instance.doom === "before_post") {
            instance.kill();
            return new Promise<string>(() => {});
          }
          if (instance.doom === "after_post") {
            await target(message);
            instance.kill();
            return new Promise<string>(() => {});
          }
          return sendLive(target, message);
        };
      instance.service = createReminderService({
        store,
        senders: { teams: guard(teams), matrix: guard(matrix) },
        now: clock.now,
        workerId: `replica-${generation++}`,
        config: { claimLimit: 3, leaseMs: LEASE_MS },
      });
      return instance;
    };
    const instances = await Promise.all([spawn(), spawn(), spawn(), spawn()]);

    for (let t = new Date(START).getTime(); t <= new Date(END).getTime(); t += STEP_MS) {
      clock.set(new Date(t));
      await midWeekChanges(db.store, clock.now());
      if (random() < 0.15) {
        const victim = instances[Math.floor(random() * instances.length)];
        if (victim && !victim.doom) victim.doom = random() < 0.5 ? "before_post" : "after_post";
      }
      // When an instance dies, its claims run out after the lease and the others deliver them a few minutes late.
      for (let round = 0; round < 5; round++) {
        const outcomes = await Promise.all(
          instances.map((instance) =>
            Promise.race([
              instance.service.tick().then(() => "ticked" as const),
              instance.killed.then(() => "killed" as const),
            ]),
          ),
        );
        const dead = [...outcomes.entries()].filter(([, outcome]) => outcome === "killed").map(([i]) => i);
        if (dead.length === 0) break;
        for (const i of dead) instances[i] = await spawn();
        kills += dead.length;
        clock.advance(LEASE_MS + 1_000);
      }
    }
    // After the week, the last leases run out and the survivors finish what the dead claimed.
    clock.advance(10 * 60_000);
    await Promise.all(instances.map((instance) => instance.service.tick()));

    const posted = new Set([...teams.posted.keys(), ...matrix.posted.keys()]);
    expect(kills).toBeGreaterThanOrEqual(3);
    // Some workers died after posting: their resends reached the platform and were absorbed by the idempotency key.
    expect(teams.calls.length + matrix.calls.length).toBeGreaterThan(posted.size);
    expect(teams.duplicates).toEqual([]);
    expect(matrix.duplicates).toEqual([]);
    expect(expected.length).toBeGreaterThan(15);
    expect(await normalized(db.store, posted)).toEqual(expected);
    const sent = await db.store.deliveries.list({ status: "sent" });
    expect(
      await normalized(
        db.store,
        sent.map((d) => d.key),
      ),
    ).toEqual(expected);
    expect(await db.store.deliveries.list({ status: "pending" })).toEqual([]);
    expect(await db.store.deliveries.list({ status: "claimed" })).toEqual([]);
    expect(await db.store.deliveries.list({ status: "failed" })).toEqual([]);
    for (const d of sent) expect(d.platformMessageId).toMatch(/^msg:weerbaar-/);
  }, 240_000);
});
