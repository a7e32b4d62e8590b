import type { Appointment } from "./appointment.ts";

/** A span of time from `start` (inclusive) to `end` (exclusive). */
export type TimeRange = { start: Date; end: Date };

/** Do two half-open ranges share time? A meeting ending at 14:00 does not overlap one starting at 14:00. */
export function overlaps(a: TimeRange, b: TimeRange): boolean {
  return a.start.getTime() < b.end.getTime() && b.start.getTime() < a.end.getTime();
}

/** Is the staff member in this meeting, as organizer or as a staff attendee? */
export function involvesStaff(appointment: Appointment, staffId: string): boolean {
  return (
    appointment.organizerId === staffId ||
    appointment.attendees.some((a) => a.type === "staff" && a.staffId === staffId)
  );
}

/** What `findConflicts` checks: a staff member's proposed time, optionally ignoring the meeting being moved. */
export type ConflictQuery = TimeRange & { staffId: string; excludeId?: string };

/** The staff member's meetings (not cancelled) that overlap the proposed time, earliest first. */
export function findConflicts(appointments: readonly Appointment[], query: ConflictQuery): Appointment[] {
  return appointments
    .filter(
      (a) =>
        a.id !== query.excludeId &&
        a.status !== "cancelled" &&
        involvesStaff(a, query.staffId) &&
        overlaps(a, query),
    )
    .sort((a, b) => a.start.getTime() - b.start.getTime());
}
