import { TZDate } from "@date-fns/tz";
import type { CalendarDate, ClockTime } from "./types.ts";

/** The zone every meeting time is read and built in, whatever the server's zone. */
export const MEETING_ZONE = "Europe/Amsterdam";

/** The Amsterdam calendar day and wall-clock time of an instant. */
export function amsterdamWallClock(instant: Date): CalendarDate & ClockTime & { weekday: number } {
  const wall = new TZDate(instant.getTime(), MEETING_ZONE);
  return {
    year: wall.getFullYear(),
    month: wall.getMonth() + 1,
    day: wall.getDate(),
    hour: wall.getHours(),
    minute: wall.getMinutes(),
    weekday: wall.getDay(),
  };
}

/** The instant of an Amsterdam wall-clock time, as a plain UTC Date. */
export function amsterdamInstant(date: CalendarDate, time: ClockTime): Date {
  const wall = new TZDate(date.year, date.month - 1, date.day, time.hour, time.minute, MEETING_ZONE);
  return new Date(wall.getTime());
}

/** Calendar arithmetic done in UTC so the process zone cannot shift a day. */
export function addCalendarDays(date: CalendarDate, days: number): CalendarDate {
  const moved = new Date(Date.UTC(date.year, date.month - 1, date.day + days));
  return { year: moved.getUTCFullYear(), month: moved.getUTCMonth() + 1, day: moved.getUTCDate() };
}

/** Day of the week, 0 = Sunday. */
export function weekdayOf(date: CalendarDate): number {
  return new Date(Date.UTC(date.year, date.month - 1, date.day)).getUTCDay();
}

/** Negative when a is before b, zero on the same day. */
export function compareCalendarDates(a: CalendarDate, b: CalendarDate): number {
  return Date.UTC(a.year, a.month - 1, a.day) - Date.UTC(b.year, b.month - 1, b.day);
}

/** Whether the day exists (no 31 February). */
export function isRealDate(date: CalendarDate): boolean {
  const probe = new Date(Date.UTC(date.year, date.month - 1, date.day));
  return (
    probe.getUTCFullYear() === date.year &&
    probe.getUTCMonth() === date.month - 1 &&
    probe.getUTCDate() === date.day
  );
}

/**
 * A Date whose process-local fields equal Amsterdam's wall clock at `instant`: chrono computes "morgen" and
 * weekdays in the process zone, so it is handed Amsterdam's calendar in that disguise.
 */
export function chronoReference(instant: Date): Date {
  const wall = amsterdamWallClock(instant);
  return new Date(wall.year, wall.month - 1, wall.day, wall.hour, wall.minute);
}

/** The calendar day chrono's reference date stands for. */
export function calendarOfReference(reference: Date): CalendarDate {
  return { year: reference.getFullYear(), month: reference.getMonth() + 1, day: reference.getDate() };
}
