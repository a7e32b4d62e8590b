import { describe, expect, it } from "vitest";
import { amsterdamInstant } from "../time/amsterdam.ts";
import { Appointment } from "./appointment.ts";
import { AppointmentChangeError, cancel, markHeld, reschedule } from "./changes.ts";

/** The Leudal meeting of Thursday 26 October 2023 13:30–14:30, confirmed. */
function leudalMeeting(overrides: Partial<Appointment> = {}): Appointment {
  return Appointment.parse({
    id: "appt-1",
    bodyCode: "GM1640",
    organizerId: "anna",
    start: amsterdamInstant(2023, 10, 26, 13, 30),
    end: amsterdamInstant(2023, 10, 26, 14, 30),
    status: "confirmed",
    ...overrides,
  });
}

const changedAt = new Date("2023-10-20T09:00:00Z");

describe("reschedule", () => {
  it("keeps the duration across the autumn change and records history", () => {
    const moved = reschedule(leudalMeeting(), {
      start: amsterdamInstant(2023, 11, 2, 13, 30),
      changedAt,
      changedBy: "anna",
      reason: "burgemeester verhinderd",
    });
    expect(moved.start.toISOString()).toBe("2023-11-02T12:30:00.000Z");
    expect(moved.end.toISOString()).toBe("2023-11-02T13:30:00.000Z");
    expect(moved.sequence).toBe(1);
    expect(moved.status).toBe("confirmed");
    expect(moved.history).toEqual([
      {
        previousStart: new Date("2023-10-26T11:30:00Z"),
        previousEnd: new Date("2023-10-26T12:30:00Z"),
        changedAt,
        changedBy: "anna",
        reason: "burgemeester verhinderd",
      },
    ]);
    expect(Appointment.safeParse(moved).success).toBe(true);
  });

  it("takes a new end when given, appends to earlier history and leaves the original untouched", () => {
    const original = leudalMeeting();
    const once = reschedule(original, {
      start: amsterdamInstant(2023, 10, 27, 10, 0),
      changedAt,
      changedBy: "anna",
    });
    const twice = reschedule(once, {
      start: amsterdamInstant(2023, 10, 27, 11, 0),
      end: amsterdamInstant(2023, 10, 27, 13, 0),
      changedAt,
      changedBy: "bram",
    });
    expect(twice.end.toISOString()).toBe("2023-10-27T11:00:00.000Z");
    expect(twice.history.map((h) => h.changedBy)).toEqual(["anna", "bram"]);
    expect(twice.history[0]).not.toHaveProperty("reason");
    expect(twice.sequence).toBe(2);
    expect(original.history).toEqual([]);
    expect(original.sequence).toBe(0);
  });

  it("refuses an end before the start and a cancelled meeting", () => {
    const start = amsterdamInstant(2023, 10, 27, 11, 0);
    expect(() => reschedule(leudalMeeting(), { start, end: start, changedAt, changedBy: "anna" })).toThrow(
      AppointmentChangeError,
    );
    const cancelled = leudalMeeting({ status: "cancelled" });
    expect(() => reschedule(cancelled, { start, changedAt, changedBy: "anna" })).toThrow(/cancelled/);
  });
});

describe("cancel", () => {
  it("sets status and reason, records who and when, and bumps the sequence", () => {
    const cancelled = cancel(leudalMeeting({ sequence: 2 }), {
      reason: "raadsvergadering",
      changedAt,
      changedBy: "anna",
    });
    expect(cancelled).toMatchObject({
      status: "cancelled",
      cancelReason: "raadsvergadering",
      cancelledAt: changedAt,
      cancelledBy: "anna",
      sequence: 3,
    });
    expect(cancelled.start.toISOString()).toBe("2023-10-26T11:30:00.000Z");
  });

  it("refuses to cancel a held meeting, with a code to phrase", () => {
    try {
      cancel(leudalMeeting({ status: "held" }), { reason: "x", changedAt, changedBy: "anna" });
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(AppointmentChangeError);
      expect((error as AppointmentChangeError).code).toBe("held");
    }
  });
});

describe("markHeld", () => {
  it("marks a meeting held with notes, without bumping the sequence", () => {
    const held = markHeld(leudalMeeting(), { notes: "positief gesprek" });
    expect(held).toMatchObject({ status: "held", notes: "positief gesprek", sequence: 0 });
  });

  it("refuses a cancelled meeting", () => {
    expect(() => markHeld(leudalMeeting({ status: "cancelled" }))).toThrow(/was cancelled/);
  });
});
