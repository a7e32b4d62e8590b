import { buildDemoDataSet, DEMO_ACTOR_ID, type DemoDataSet } from "@weerbaar/domain";
import type { DemoRowCounts, Repositories, Store, WriteContext } from "@weerbaar/store";

/**
 * The clock of the store `demo load` writes through: each demo row is dated as if written when it happened
 * (a survey answer after the call, a meeting booked after the call), so histories read like real ones.
 */
export type DemoClock = { now: () => Date; set(at: Date): void };

/** A clock that starts at `start` and is moved by the loader. */
export function demoClock(start: Date): DemoClock {
  let at = start;
  return {
    now: () => at,
    set(next) {
      at = next;
    },
  };
}

/** What `demo load` did: loaded (with the rows it wrote), or refused because demo data is already present. */
export type DemoLoadResult =
  | { loaded: true; counts: DemoRowCounts; bodiesWithRealData: number }
  | { loaded: false; present: DemoRowCounts };

/** True when any table holds a demo row. */
export function hasDemoRows(counts: DemoRowCounts): boolean {
  return Object.values(counts).some((n) => n > 0);
}

const demoContext: WriteContext = { actorId: DEMO_ACTOR_ID, channel: "cli" };

/** Bodies with a real survey answer or outreach event: demo data never changes what they show. */
async function bodiesWithRealData(tx: Repositories): Promise<Set<string>> {
  const codes = new Set((await tx.survey.currentByCode()).keys());
  for (const event of await tx.outreach.list()) codes.add(event.bodyCode);
  return codes;
}

async function write(tx: Repositories, data: DemoDataSet, clock: DemoClock, now: Date): Promise<void> {
  clock.set(now);
  await tx.staff.upsert(data.staff, demoContext);
  const contactIds = new Map<string, string>();
  for (const { key, ...contact } of data.contacts) {
    contactIds.set(key, (await tx.contacts.add(contact, demoContext)).id);
  }
  for (const { recordedAt, ...answer } of data.survey) {
    clock.set(recordedAt);
    await tx.survey.record([answer], demoContext);
  }
  for (const event of data.outreach) {
    clock.set(event.occurredAt);
    await tx.outreach.record(event, demoContext);
  }
  for (const meeting of data.meetings) {
    clock.set(meeting.plannedAt);
    const booked = await tx.appointments.book(
      {
        bodyCode: meeting.bodyCode,
        organizerId: data.staff.id,
        attendees: meeting.contactKeys.flatMap((key) => {
          const contactId = contactIds.get(key);
          return contactId ? [{ type: "contact" as const, contactId }] : [];
        }),
        location: meeting.location,
        start: meeting.start,
        end: meeting.end,
        notes: meeting.notes,
      },
      demoContext,
    );
    if (meeting.held) {
      clock.set(meeting.end);
      await tx.appointments.markHeld(booked.id, demoContext);
    }
  }
  clock.set(now);
}

/**
 * Writes the demo data set for `now` through the store's repositories (validation and audit as for any write),
 * all in one transaction, authored by the demo staff member. Bodies that already have real survey or outreach
 * data are left out; if demo data is present already, nothing is written.
 */
export async function loadDemo(store: Store, clock: DemoClock, now: Date): Promise<DemoLoadResult> {
  return store.transaction(async (tx) => {
    const present = await tx.demo.counts();
    if (hasDemoRows(present)) return { loaded: false, present };
    const real = await bodiesWithRealData(tx);
    await write(tx, buildDemoDataSet({ now, excludeBodyCodes: real }), clock, now);
    return { loaded: true, counts: await tx.demo.counts(), bodiesWithRealData: real.size };
  });
}
