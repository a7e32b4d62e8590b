import { z } from "zod";
import { amsterdamInstant } from "./amsterdam.ts";
import { isWorkingDay } from "./working-days.ts";

/** A part of a month as people set a follow-up: "begin november", "half november", "eind november". */
export const MonthPart = z.enum(["early", "mid", "late"]);
/** early (begin, early), mid (half, medio, mid-), late (eind, late, end of). */
export type MonthPart = z.infer<typeof MonthPart>;

/** A day on the calendar, month 1–12. */
export type DayOfYear = { year: number; month: number; day: number };

const daysIn = (year: number, month: number) => new Date(Date.UTC(year, month, 0)).getUTCDate();
const working = (year: number, month: number, day: number) =>
  isWorkingDay(amsterdamInstant(year, month, day, 12));

/** The working day a part of a month falls on in one year: the first from the 1st or the 15th, or the last one. */
function dayInMonth(part: MonthPart, year: number, month: number): DayOfYear {
  const last = daysIn(year, month);
  if (part === "late") {
    let day = last;
    while (day > 1 && !working(year, month, day)) day--;
    return { year, month, day };
  }
  let day = part === "early" ? 1 : 15;
  while (day < last && !working(year, month, day)) day++;
  return { year, month, day };
}

const before = (a: DayOfYear, b: DayOfYear) =>
  a.year !== b.year ? a.year < b.year : a.month !== b.month ? a.month < b.month : a.day < b.day;

/**
 * The day a follow-up set for a part of a month is due: a working day (no weekend, no public holiday) at the
 * start, the middle (from the 15th) or the end of that month, in the first year in which it is not before today.
 * "Half november" said on 20 October is 15 November of that year; said on 20 November, of the next.
 */
export function monthPartDay(part: MonthPart, month: number, today: DayOfYear): DayOfYear {
  if (!Number.isInteger(month) || month < 1 || month > 12) throw new RangeError(`no month ${month}`);
  const thisYear = dayInMonth(part, today.year, month);
  return before(thisYear, today) ? dayInMonth(part, today.year + 1, month) : thisYear;
}
