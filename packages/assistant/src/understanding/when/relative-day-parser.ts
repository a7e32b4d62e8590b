import type { Parser, ParsingContext } from "chrono-node";
import {
  ENGLISH_WEEKDAYS,
  NUMBER_WORD_SOURCE,
  numberFrom,
  WEEKDAY_NAMES,
  WEEKDAYS,
} from "../vocabulary/time-words.ts";
import { addCalendarDays, calendarOfReference, weekdayOf } from "./calendar.ts";
import type { CalendarDate } from "./types.ts";

/** Tag on dates computed from words ("overmorgen"), so a year in them is never taken as written by the user. */
export const RELATIVE_TAG = "weerbaar/relative";

// Full weekday names in Dutch and English: "volgende week vrijdag", "Friday next week".
const WEEKDAY = `(${[...WEEKDAY_NAMES.nl, ...WEEKDAY_NAMES.en].join("|")})`;
const COUNT = `(${NUMBER_WORD_SOURCE}|\\d{1,2})`;

function result(context: ParsingContext, match: RegExpMatchArray, date: CalendarDate) {
  const index = match.index ?? 0;
  return context
    .createParsingResult(index, match[0], { year: date.year, month: date.month, day: date.day })
    .addTag(RELATIVE_TAG);
}

/** The given weekday in the Monday-started week `weeks` weeks after the reference's week. */
function weekdayInWeek(today: CalendarDate, weekday: number, weeks: number): CalendarDate {
  const mondayOffset = (weekdayOf(today) + 6) % 7;
  const monday = addCalendarDays(today, -mondayOffset + weeks * 7);
  return addCalendarDays(monday, (weekday + 6) % 7);
}

/** The next given weekday strictly after today. */
function nextWeekday(today: CalendarDate, weekday: number): CalendarDate {
  const ahead = (weekday - weekdayOf(today) + 7) % 7 || 7;
  return addCalendarDays(today, ahead);
}

function weekdayNumber(word: string | undefined): number | undefined {
  if (word === undefined) return undefined;
  const lower = word.toLowerCase();
  return WEEKDAYS[lower] ?? ENGLISH_WEEKDAYS[lower];
}

/** "overmorgen", "the day after tomorrow": two days from today. */
export const dayAfterTomorrowParser: Parser = {
  pattern: () => /\b(?:overmorgen|(?:the\s+)?day\s+after\s+tomorrow)\b/i,
  extract: (context, match) =>
    result(context, match, addCalendarDays(calendarOfReference(context.refDate), 2)),
};

const NEXT_WEEK = "(?:volgende|next)\\s+week";

/** "volgende week vrijdag", "vrijdag volgende week", "next week Friday", "Friday next week". */
export const nextWeekWeekdayParser: Parser = {
  pattern: () =>
    // "on Thursday next week": the "on" is taken too, so chrono's own "on Thursday" (this week) does not win.
    new RegExp(
      `\\b(?:${NEXT_WEEK}\\s+(?:op\\s+|on\\s+)?${WEEKDAY}|(?:(?:op|on)\\s+)?${WEEKDAY}\\s+${NEXT_WEEK})\\b`,
      "i",
    ),
  extract: (context, match) => {
    const weekday = weekdayNumber(match[1] ?? match[2]);
    if (weekday === undefined) return null;
    return result(context, match, weekdayInWeek(calendarOfReference(context.refDate), weekday, 1));
  },
};

/** "dinsdag over twee weken", "over twee weken op dinsdag", "Tuesday in two weeks", "in two weeks on Tuesday". */
export const weekdayInWeeksParser: Parser = {
  pattern: () =>
    new RegExp(
      `\\b(?:${WEEKDAY}\\s+(?:over|in)\\s+${COUNT}\\s+(?:weken|weeks)|(?:over|in)\\s+${COUNT}\\s+(?:weken|weeks)\\s+(?:op\\s+|on\\s+)?${WEEKDAY})\\b`,
      "i",
    ),
  extract: (context, match) => {
    const weekday = weekdayNumber(match[1] ?? match[4]);
    const weeks = numberFrom(match[2] ?? match[3] ?? "");
    if (weekday === undefined || weeks === undefined) return null;
    return result(context, match, weekdayInWeek(calendarOfReference(context.refDate), weekday, weeks));
  },
};

/**
 * "over twee weken", "over een week", "over drie dagen", "in two weeks", "in 3 days", "three weeks from now":
 * counted from today; "vandaag over een week", "today in a week" say so.
 */
export const periodFromTodayParser: Parser = {
  pattern: () =>
    new RegExp(
      `\\b(?:(?:(?:vandaag|today)\\s+)?(?:over|in)\\s+(?:a\\s+)?${COUNT}?\\s*(weken|week|weeks|dagen|dag|days|day)|(${NUMBER_WORD_SOURCE}|\\d{1,2}|an?)\\s+(weeks?|days?)\\s+from\\s+(?:now|today))\\b`,
      "i",
    ),
  extract: (context, match) => {
    const unit = (match[2] ?? match[4] ?? "").toLowerCase();
    const written = match[1] ?? match[3];
    const countText = /^an?$/i.test(written ?? "")
      ? "1"
      : (written ?? (/(?:^|\s)(?:over|in)\s+a\s/i.test(match[0]) ? "1" : undefined));
    const count = countText === undefined ? undefined : numberFrom(countText);
    if (count === undefined || count < 1) return null;
    const days = unit.startsWith("d") ? count : count * 7;
    return result(context, match, addCalendarDays(calendarOfReference(context.refDate), days));
  },
};

const COMING_WEEKDAY: Parser = {
  pattern: () => new RegExp(`\\b(?:komende|aanstaande|eerstvolgende)\\s+${WEEKDAY}\\b`, "i"),
  extract: (context, match) => {
    const weekday = weekdayNumber(match[1]);
    if (weekday === undefined) return null;
    return result(context, match, nextWeekday(calendarOfReference(context.refDate), weekday));
  },
};

/** chrono parsers for Dutch relative days chrono.nl loses or misplaces ("overmorgen", "dinsdag over twee weken"). */
export const relativeDayParsers: Parser[] = [
  nextWeekWeekdayParser,
  weekdayInWeeksParser,
  COMING_WEEKDAY,
  periodFromTodayParser,
  dayAfterTomorrowParser,
];
