import { formatAmsterdam } from "@weerbaar/domain";
import { addCalendarDays, amsterdamInstant, weekdayOf } from "./calendar.ts";
import type { CalendarDate, WhenProblem } from "./types.ts";

function dutchDate(date: CalendarDate): string {
  return `${date.day}-${date.month}-${date.year}`;
}

/** A date with a year that has already passed: refused rather than silently moved. */
export function pastDateWithYear(date: CalendarDate): WhenProblem {
  return {
    kind: "past_date_with_year",
    message: {
      nl: `De datum ${dutchDate(date)} ligt in het verleden. Een afspraak kan alleen in de toekomst worden gepland; welke datum bedoel je?`,
      en: `The date ${dutchDate(date)} is in the past. A meeting can only be planned in the future; which date do you mean?`,
    },
  };
}

/** A range whose end comes at or before its start. */
export function endBeforeStart(): WhenProblem {
  return {
    kind: "end_before_start",
    message: {
      nl: "De eindtijd ligt vóór (of op) de begintijd. Kun je de tijden controleren?",
      en: "The end time is before (or equal to) the start time. Could you check the times?",
    },
  };
}

/** A day that does not exist, such as 31 februari. */
export function invalidDate(written: string): WhenProblem {
  return {
    kind: "invalid_date",
    message: {
      nl: `De datum "${written}" bestaat niet. Welke datum bedoel je?`,
      en: `The date "${written}" does not exist. Which date do you mean?`,
    },
  };
}

/**
 * A date whose written weekday is another day ("donderdag 26 oktober" in a year where that is a Monday): asked
 * back with both candidates, the date as written and the stated weekday in the same week.
 */
export function weekdayMismatch(date: CalendarDate, statedWeekday: number): WhenProblem {
  const mondayOffset = (weekdayOf(date) + 6) % 7;
  const sameWeek = addCalendarDays(date, -mondayOffset + ((statedWeekday + 6) % 7));
  const noon = { hour: 12, minute: 0 };
  const written = (lang: "nl" | "en") => formatAmsterdam(amsterdamInstant(date, noon), lang, "weekday-date");
  const stated = (lang: "nl" | "en") =>
    formatAmsterdam(amsterdamInstant(sameWeek, noon), lang, "weekday-date");
  return {
    kind: "weekday_mismatch",
    message: {
      nl: `De weekdag past niet bij de datum: ${written("nl")} valt op een andere dag dan je schreef. Bedoel je ${written("nl")} of ${stated("nl")}?`,
      en: `The weekday does not match the date: ${written("en")} is not the day you wrote. Do you mean ${written("en")} or ${stated("en")}?`,
    },
  };
}
