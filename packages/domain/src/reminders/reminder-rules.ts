import { z } from "zod";
import type { Appointment } from "../appointments/appointment.ts";
import { amsterdamWallClock, toAmsterdam } from "../time/amsterdam.ts";
import { nextWorkingMorning } from "../time/working-days.ts";

/** The reminders the assistant sends staff. */
export const ReminderKind = z.enum([
  "meeting_day_before",
  "meeting_hour_before",
  "meeting_outcome",
  "outreach_follow_up",
  "weekly_digest",
]);
/** meeting_day_before, meeting_hour_before, meeting_outcome, outreach_follow_up, weekly_digest. */
export type ReminderKind = z.infer<typeof ReminderKind>;

/** A reminder to send at an instant. */
export type ScheduledReminder = { kind: ReminderKind; dueAt: Date };

/** The hour (Amsterdam) of the reminder the day before a meeting: late enough to be current, early enough to act. */
export const DAY_BEFORE_REMINDER_HOUR = 16;

/**
 * The reminders of an upcoming meeting: 16:00 Amsterdam on the calendar day before it, and one hour before it.
 * None for a cancelled or already held meeting. Due times may lie in the past; the scheduler decides.
 */
export function meetingReminderSchedule(appointment: Appointment): ScheduledReminder[] {
  if (appointment.status === "cancelled" || appointment.status === "held") return [];
  const local = toAmsterdam(appointment.start);
  const dayBefore = amsterdamWallClock(
    local.getFullYear(),
    local.getMonth(),
    local.getDate() - 1,
    DAY_BEFORE_REMINDER_HOUR,
    0,
  );
  return [
    { kind: "meeting_day_before", dueAt: dayBefore },
    { kind: "meeting_hour_before", dueAt: new Date(appointment.start.getTime() - 3_600_000) },
  ];
}

/** When to ask how a meeting went: 09:00 Amsterdam on the first working day after it ends; none if cancelled. */
export function outcomeReminderDue(appointment: Appointment): Date | undefined {
  if (appointment.status === "cancelled") return undefined;
  return nextWorkingMorning(appointment.end, 9);
}
