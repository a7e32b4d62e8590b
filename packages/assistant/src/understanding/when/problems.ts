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
