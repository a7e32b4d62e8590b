import { describe, expect, it } from "vitest";
import { amsterdamInstant } from "../time/amsterdam.ts";
import { Appointment } from "./appointment.ts";
import { findConflicts, overlaps } from "./conflicts.ts";

/** A confirmed one-hour meeting with Leudal on 26 October 2023, overridable. */
function meeting(overrides: Partial<Appointment> & { id: string; hour?: number }): Appointment {
  const { hour = 13, ...rest } = overrides;
  const start = amsterdamInstant(2023, 10, 26, hour, 0);
  return Appointment.parse({
    bodyCode: "GM1640",
    organizerId: "anna",
    start,
    end: new Date(start.getTime() + 3_600_000),
    status: "confirmed",
    ...rest,
  });
}

const range = (fromHour: number, toHour: number) => ({
  start: amsterdamInstant(2023, 10, 26, fromHour, 0),
  end: amsterdamInstant(2023, 10, 26, toHour, 0),
});

describe("overlaps", () => {
  it("is true for shared time and false for touching ranges", () => {
    expect(overlaps(range(13, 14), range(13, 15))).toBe(true);
    expect(overlaps(range(12, 16), range(13, 14))).toBe(true);
    expect(overlaps(range(13, 14), range(14, 15))).toBe(false);
    expect(overlaps(range(14, 15), range(13, 14))).toBe(false);
  });
});

describe("findConflicts", () => {
  const appointments = [
    meeting({ id: "a-organizer", hour: 13 }),
    meeting({
      id: "b-attendee",
      hour: 14,
      organizerId: "bram",
      attendees: [{ type: "staff", staffId: "anna" }],
    }),
    meeting({ id: "c-cancelled", hour: 13, status: "cancelled" }),
    meeting({ id: "d-other-staff", hour: 13, organizerId: "bram" }),
    meeting({
      id: "e-contact-named-anna",
      hour: 13,
      organizerId: "bram",
      attendees: [{ type: "contact", contactId: "anna" }],
    }),
    meeting({ id: "f-later", hour: 16 }),
  ];

  it("finds the staff member's overlapping meetings as organizer or staff attendee, earliest first", () => {
    const conflicts = findConflicts(appointments, { staffId: "anna", ...range(13, 15) });
    expect(conflicts.map((a) => a.id)).toEqual(["a-organizer", "b-attendee"]);
  });

  it("ignores the meeting being moved", () => {
    const conflicts = findConflicts(appointments, {
      staffId: "anna",
      excludeId: "a-organizer",
      ...range(13, 14),
    });
    expect(conflicts).toEqual([]);
  });

  it("lets a meeting start when the previous one ends", () => {
    expect(findConflicts(appointments, { staffId: "anna", ...range(15, 16) })).toEqual([]);
  });
});
