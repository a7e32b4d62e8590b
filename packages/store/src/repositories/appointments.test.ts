import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { aBooking, anAdvisor, plusMinutes } from "../../test/builders.ts";
import { console1, engines, openTestStore, type TestStore } from "../../test/engines.ts";
import { AppointmentConflictError, AppointmentStateError, openStore, type Store } from "../index.ts";

describe.each(engines)("appointments repository on $name", (engine) => {
  let t: TestStore;
  beforeAll(async () => {
    t = await openTestStore(engine);
  });
  afterAll(async () => t?.cleanup());

  it("books a meeting with attendees, its audit row and a meeting_planned outreach event", async () => {
    const anna = await anAdvisor(t.store);
    const bram = await anAdvisor(t.store, "Bram");
    const griffier = await t.store.contacts.add({ bodyCode: "GM1640", name: "Els", role: "clerk" }, console1);
    const booked = await t.store.appointments.book(
      aBooking(anna.id, {
        attendees: [
          { type: "contact", contactId: griffier.id },
          { type: "staff", staffId: bram.id },
        ],
      }),
      console1,
    );
    expect(booked).toMatchObject({
      bodyCode: "GM1640",
      organizerId: anna.id,
      status: "confirmed",
      sequence: 0,
      history: [],
      location: "Gemeentehuis Leudal",
    });
    expect(booked.start).toEqual(new Date("2023-10-26T11:30:00.000Z"));
    expect(booked.attendees).toEqual([
      { type: "contact", contactId: griffier.id },
      { type: "staff", staffId: bram.id },
    ]);
    expect(await t.store.appointments.get(booked.id)).toEqual(booked);
    const planned = await t.store.outreach.list({ bodyCode: "GM1640", type: "meeting_planned" });
    expect(planned.map((e) => (e.type === "meeting_planned" ? e.appointmentId : undefined))).toContain(
      booked.id,
    );
    const [audit] = await t.store.audit.list({ entityType: "appointment", entityId: booked.id });
    expect(audit?.action).toBe("appointment.booked");
  });

  it("an overlap of the organizer or a staff attendee throws AppointmentConflictError carrying the conflicts", async () => {
    const anna = await anAdvisor(t.store);
    const bram = await anAdvisor(t.store, "Bram");
    const first = await t.store.appointments.book(aBooking(anna.id), console1);
    const overlapping = aBooking(bram.id, {
      bodyCode: "GM0014",
      attendees: [{ type: "staff", staffId: anna.id }],
      start: plusMinutes(first.start, 30),
      end: plusMinutes(first.end, 30),
    });
    const error = await t.store.appointments.book(overlapping, console1).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(AppointmentConflictError);
    expect((error as AppointmentConflictError).conflicts.map((c) => c.id)).toEqual([first.id]);
    expect(await t.store.appointments.list({ staffId: bram.id })).toEqual([]);

    const accepted = await t.store.appointments.book(overlapping, console1, {
      acceptedConflicts: [first.id],
    });
    expect(accepted.organizerId).toBe(bram.id);
    expect((await t.store.appointments.list({ staffId: anna.id })).map((a) => a.id).sort()).toEqual(
      [first.id, accepted.id].sort(),
    );
  });

  it("back-to-back meetings do not conflict, and cancelled ones no longer block", async () => {
    const anna = await anAdvisor(t.store);
    const first = await t.store.appointments.book(aBooking(anna.id), console1);
    await t.store.appointments.book(
      aBooking(anna.id, { start: first.end, end: plusMinutes(first.end, 60) }),
      console1,
    );
    await t.store.appointments.cancel(first.id, { reason: "ziek" }, console1);
    const replacement = await t.store.appointments.book(aBooking(anna.id), console1);
    expect(replacement.start).toEqual(first.start);
  });

  it("reschedules with history and a bumped sequence, checking conflicts against other meetings only", async () => {
    const anna = await anAdvisor(t.store);
    t.clock.set("2023-10-20T09:00:00.000Z");
    const booked = await t.store.appointments.book(aBooking(anna.id), console1);
    const other = await t.store.appointments.book(
      aBooking(anna.id, { start: new Date("2023-10-27T08:00:00Z"), end: new Date("2023-10-27T09:00:00Z") }),
      console1,
    );
    const moved = await t.store.appointments.reschedule(
      booked.id,
      { start: plusMinutes(booked.start, 15), end: plusMinutes(booked.end, 15), reason: "trein later" },
      console1,
    );
    expect(moved.sequence).toBe(1);
    expect(moved.start).toEqual(plusMinutes(booked.start, 15));
    expect(moved.history).toEqual([
      {
        previousStart: booked.start,
        previousEnd: booked.end,
        changedAt: new Date("2023-10-20T09:00:00.000Z"),
        changedBy: "staff-anna",
        reason: "trein later",
      },
    ]);
    await expect(
      t.store.appointments.reschedule(booked.id, { start: other.start, end: other.end }, console1),
    ).rejects.toBeInstanceOf(AppointmentConflictError);
    expect((await t.store.appointments.get(booked.id))?.sequence).toBe(1);
  });

  it("cancels and marks held with the right state rules", async () => {
    const anna = await anAdvisor(t.store);
    const a = await t.store.appointments.book(aBooking(anna.id, { bodyCode: "PV31" }), console1);
    const held = await t.store.appointments.markHeld(a.id, console1);
    expect(held.status).toBe("held");
    expect((await t.store.outreach.list({ bodyCode: "PV31", type: "meeting_held" })).length).toBe(1);
    await expect(t.store.appointments.cancel(a.id, {}, console1)).rejects.toBeInstanceOf(
      AppointmentStateError,
    );

    const b = await t.store.appointments.book(
      aBooking(anna.id, { start: plusMinutes(a.end, 60), end: plusMinutes(a.end, 90) }),
      console1,
    );
    const cancelled = await t.store.appointments.cancel(b.id, { reason: "geen tijd" }, console1);
    expect(cancelled).toMatchObject({ status: "cancelled", cancelReason: "geen tijd", sequence: 1 });
    await expect(
      t.store.appointments.reschedule(b.id, { start: b.start, end: b.end }, console1),
    ).rejects.toBeInstanceOf(AppointmentStateError);
    expect(await t.store.appointments.list({ staffId: anna.id })).toHaveLength(1);
    expect(await t.store.appointments.list({ staffId: anna.id, includeCancelled: true })).toHaveLength(2);
  });

  it("lists by time window and body", async () => {
    const anna = await anAdvisor(t.store);
    const oct = await t.store.appointments.book(
      aBooking(anna.id, {
        bodyCode: "GM0088",
        start: new Date("2030-10-01T08:00:00Z"),
        end: new Date("2030-10-01T09:00:00Z"),
      }),
      console1,
    );
    await t.store.appointments.book(
      aBooking(anna.id, {
        bodyCode: "GM0088",
        start: new Date("2030-11-01T08:00:00Z"),
        end: new Date("2030-11-01T09:00:00Z"),
      }),
      console1,
    );
    const inOctober = await t.store.appointments.list({
      bodyCode: "GM0088",
      from: new Date("2030-10-01T00:00:00Z"),
      to: new Date("2030-11-01T00:00:00Z"),
    });
    expect(inOctober.map((a) => a.id)).toEqual([oct.id]);
  });

  it("rolls back the booking when a later write in the same transaction fails", async () => {
    const anna = await anAdvisor(t.store);
    await expect(
      t.store.transaction(async (tx) => {
        await tx.appointments.book(aBooking(anna.id, { bodyCode: "GM0096" }), console1);
        throw new Error("calendar down");
      }),
    ).rejects.toThrow("calendar down");
    expect(await t.store.appointments.list({ staffId: anna.id, includeCancelled: true })).toEqual([]);
    expect(await t.store.outreach.list({ bodyCode: "GM0096" })).toEqual([]);
    expect(
      await t.store.audit.list({
        action: "appointment.booked",
        actorId: console1.actorId,
        since: new Date(0),
      }),
    ).not.toContainEqual(
      expect.objectContaining({ details: expect.objectContaining({ bodyCode: "GM0096" }) }),
    );
  });

  it("refuses a booking for an unknown staff member", async () => {
    await expect(t.store.appointments.book(aBooking("staff-nobody"), console1)).rejects.toThrow(
      /unknown staff/,
    );
  });
});

describe.each(engines)("booking race on $name", (engine) => {
  const writers = engine.name === "postgres" ? 4 : 2;
  const rounds = 15;
  let t: TestStore;
  let stores: Store[];
  beforeAll(async () => {
    t = await openTestStore(engine);
    stores = [t.store];
    for (let i = 1; i < writers; i++) stores.push(await openStore(t.url, { now: t.clock.now }));
  });
  afterAll(async () => {
    for (const s of stores.slice(1)) await s.close();
    await t?.cleanup();
  });

  it(`${writers} separate connections booking the same advisor at once: exactly one wins each round`, async () => {
    const anna = await anAdvisor(t.store);
    const bram = await anAdvisor(t.store, "Bram");
    for (let round = 0; round < rounds; round++) {
      const start = new Date(Date.UTC(2031, 0, 1 + round, 9, 0));
      const results = await Promise.allSettled(
        stores.map((store, i) =>
          store.appointments.book(
            // Writers alternate between organizing and attending: both roles must be locked.
            i % 2 === 0
              ? aBooking(anna.id, { start: plusMinutes(start, i * 5), end: plusMinutes(start, 60 + i * 5) })
              : aBooking(bram.id, {
                  attendees: [{ type: "staff", staffId: anna.id }],
                  start: plusMinutes(start, i * 5),
                  end: plusMinutes(start, 60 + i * 5),
                }),
            { actorId: `writer-${i}`, channel: "test" },
          ),
        ),
      );
      const winners = results.filter((r) => r.status === "fulfilled");
      const losers = results.filter((r) => r.status === "rejected");
      expect(winners).toHaveLength(1);
      for (const loser of losers) expect(loser.reason).toBeInstanceOf(AppointmentConflictError);
    }
    expect(await t.store.appointments.list({ staffId: anna.id })).toHaveLength(rounds);
  });

  it("refuses a meeting longer than 24 hours, and still lists one that started almost a day before the range", async () => {
    const anna = await anAdvisor(t.store);
    const start = new Date("2024-02-01T09:00:00Z");
    const tooLong = aBooking(anna.id, { start, end: plusMinutes(start, 24 * 60 + 1) });
    await expect(t.store.appointments.book(tooLong, console1)).rejects.toThrow("at most 24 hours");
    const allDay = await t.store.appointments.book(
      aBooking(anna.id, { start, end: plusMinutes(start, 23 * 60 + 30) }),
      console1,
    );
    const listed = await t.store.appointments.list({ from: plusMinutes(start, 23 * 60), staffId: anna.id });
    expect(listed.map((a) => a.id)).toEqual([allDay.id]);
    const attendee = await anAdvisor(t.store, "Bram");
    const attended = await t.store.appointments.book(
      aBooking(anna.id, {
        start: plusMinutes(start, 24 * 60),
        end: plusMinutes(start, 25 * 60),
        attendees: [{ type: "staff", staffId: attendee.id }],
      }),
      console1,
    );
    expect((await t.store.appointments.list({ staffId: attendee.id })).map((a) => a.id)).toEqual([
      attended.id,
    ]);
  });
});
