import type { ParsedResult } from "chrono-node";
import { addCalendarDays, compareCalendarDates, weekdayOf } from "./calendar.ts";
import { COMPACT_DATE_TAG } from "./compact-date-parser.ts";
import { pastDateWithYear, weekdayMismatch } from "./problems.ts";
import { RELATIVE_TAG } from "./relative-day-parser.ts";
import type { CalendarDate, WhenAssumption, WhenProblem } from "./types.ts";

/** The day a date reading lands on, with what was inferred or refused on the way. */
export type ResolvedDate = {
  date: CalendarDate;
  yearGiven: boolean;
  assumptions: WhenAssumption[];
  problem?: WhenProblem;
};

const NEXT_WORD = /\b(next|volgende)\b/i;

/** Whether a result names a day (a date or a weekday), not only a month or a time. */
export function namesADay(result: ParsedResult): boolean {
  return result.start.isCertain("day") || result.start.isCertain("weekday");
}

const RELATIVE_WORDS =
  /\b(vandaag|morgen\w*|overmorgen|van(?:ochtend|middag|avond)|today|tomorrow|tonight)\b/i;
const WRITTEN_YEAR = /\b(?:19|20)\d{2}\b|\b\d{1,2}[-/.]\d{1,2}[-/.]\d{2}\b|['’]\d{2}\b/;

function isRelative(result: ParsedResult): boolean {
  return result.tags().has(RELATIVE_TAG) || RELATIVE_WORDS.test(result.text) || !/\d/.test(result.text);
}

function resolveWeekday(result: ParsedResult, today: CalendarDate): ResolvedDate {
  const weekday = result.start.get("weekday") ?? 0;
  const ahead = (weekday - weekdayOf(today) + 7) % 7;
  const assumptions: WhenAssumption[] = [];
  if (ahead === 0) assumptions.push("weekday_next_week");
  const sameWeek = ahead !== 0 && ahead + ((weekdayOf(today) + 6) % 7) < 7;
  // "volgende dinsdag" / "next Tuesday" said early in the week may mean this week's or next week's.
  if (sameWeek && NEXT_WORD.test(result.text)) assumptions.push("next_weekday_ambiguous");
  return { date: addCalendarDays(today, ahead === 0 ? 7 : ahead), yearGiven: false, assumptions };
}

/** Turns chrono's date components into an Amsterdam calendar day, applying the future-only rules. */
export function resolveDate(result: ParsedResult, today: CalendarDate): ResolvedDate {
  const start = result.start;
  if (!start.isCertain("day")) return resolveWeekday(result, today);
  const month = start.get("month") ?? today.month;
  const day = start.get("day") ?? today.day;
  const assumptions: WhenAssumption[] = [];
  // "donderdag 26 oktober" where the 26th is a Monday: asked back, never silently resolved.
  const weekdayProblem = (date: CalendarDate): WhenProblem | undefined => {
    const stated = start.get("weekday");
    if (!start.isCertain("weekday") || stated === null || stated === weekdayOf(date)) return undefined;
    return weekdayMismatch(date, stated);
  };
  if (isRelative(result)) {
    const date = { year: start.get("year") ?? today.year, month, day };
    return { date, yearGiven: false, assumptions };
  }
  const yearGiven =
    result.tags().has(COMPACT_DATE_TAG) || (start.isCertain("year") && WRITTEN_YEAR.test(result.text));
  if (yearGiven) {
    const date = { year: start.get("year") ?? today.year, month, day };
    if (compareCalendarDates(date, today) < 0)
      return { date, yearGiven, assumptions, problem: pastDateWithYear(date) };
    const problem = weekdayProblem(date);
    return problem ? { date, yearGiven, assumptions, problem } : { date, yearGiven, assumptions };
  }
  let date = { year: today.year, month, day };
  if (compareCalendarDates(date, today) < 0) {
    date = { ...date, year: today.year + 1 };
    assumptions.push("moved_to_next_year");
  }
  const problem = weekdayProblem(date);
  return problem ? { date, yearGiven, assumptions, problem } : { date, yearGiven, assumptions };
}
