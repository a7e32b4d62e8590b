import { differenceInCalendarDays } from "date-fns/differenceInCalendarDays";
import { addAmsterdamDays, amsterdamInstant, inAmsterdam, toAmsterdam } from "./amsterdam.ts";
import { publicHolidayOn } from "./holidays.ts";

/** True for a Monday–Friday in Amsterdam that is not a Dutch public holiday. */
export function isWorkingDay(instant: Date | number): boolean {
  const weekday = toAmsterdam(instant).getDay();
  return weekday !== 0 && weekday !== 6 && publicHolidayOn(instant) === undefined;
}

/** Moves `n` working days (negative: back), keeping the Amsterdam wall-clock time; a start on a day off counts from that day. */
export function addWorkingDays(instant: Date | number, n: number): Date {
  if (!Number.isInteger(n)) throw new RangeError(`addWorkingDays needs a whole number of days, got ${n}`);
  const step = n < 0 ? -1 : 1;
  let remaining = Math.abs(n);
  let day: Date = new Date(+instant);
  while (remaining > 0) {
    day = addAmsterdamDays(day, step);
    if (isWorkingDay(day)) remaining--;
  }
  return day;
}

/**
 * Working days after `from`'s Amsterdam day up to and including `to`'s (negative when `to` is earlier):
 * a letter sent on Friday has waited 1 working day on Monday. `workingDaysBetween(x, addWorkingDays(x, n)) === n`.
 */
export function workingDaysBetween(from: Date | number, to: Date | number): number {
  const days = differenceInCalendarDays(to, from, { in: inAmsterdam });
  if (days < 0) return -workingDaysBetween(to, from);
  let count = 0;
  let day: Date = new Date(+from);
  for (let i = 0; i < days; i++) {
    day = addAmsterdamDays(day, 1);
    if (isWorkingDay(day)) count++;
  }
  return count;
}

/** `hour`:00 Amsterdam time on the first working day after the instant's Amsterdam calendar day. */
export function nextWorkingMorning(instant: Date | number, hour = 9): Date {
  let day: Date = addAmsterdamDays(instant, 1);
  while (!isWorkingDay(day)) day = addAmsterdamDays(day, 1);
  const local = toAmsterdam(day);
  return amsterdamInstant(local.getFullYear(), local.getMonth() + 1, local.getDate(), hour, 0);
}
