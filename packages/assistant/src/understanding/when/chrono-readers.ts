import type { Chrono } from "chrono-node";
// Per-locale entry points: the main entry loads every locale chrono has, which costs a second at start-up.
import * as english from "chrono-node/en";
import * as dutch from "chrono-node/nl";
import { clockParser } from "./clock-parser.ts";
import { compactDateParser } from "./compact-date-parser.ts";
import { dashDateParser, weekdayPartParser } from "./dutch-date-parsers.ts";
import {
  dayAfterTomorrowParser,
  nextWeekWeekdayParser,
  periodFromTodayParser,
  relativeDayParsers,
  weekdayInWeeksParser,
} from "./relative-day-parser.ts";

/**
 * chrono.nl's own clock readers lose "half", "kwart" and bare hours, read "'s middags" alone as noon and turn
 * "over 45 minuten" into a moment: clockParser and the duration reader take over those jobs.
 */
const DUTCH_PARSERS_REPLACED = new Set([
  "NLTimeExpressionParser",
  "NLCasualTimeParser",
  "NLTimeUnitWithinFormatParser",
  "NLTimeUnitCasualRelativeFormatParser",
  "NLTimeUnitAgoFormatParser",
  "NLTimeUnitLaterFormatParser",
]);

const ENGLISH_PARSERS_REPLACED = new Set([
  "ENTimeUnitWithinFormatParser",
  "ENTimeUnitAgoFormatParser",
  "ENTimeUnitLaterFormatParser",
  "ENTimeUnitCasualRelativeFormatParser",
]);

function dutchReader(): Chrono {
  const reader = dutch.casual.clone();
  reader.parsers = reader.parsers.filter((parser) => !DUTCH_PARSERS_REPLACED.has(parser.constructor.name));
  // Ours go first: on a tie in position and length chrono keeps the earlier parser's reading.
  reader.parsers.unshift(
    clockParser,
    compactDateParser,
    dashDateParser,
    weekdayPartParser,
    ...relativeDayParsers,
  );
  return reader;
}

function englishReader(): Chrono {
  const reader = english.casual.clone();
  reader.parsers = reader.parsers.filter((parser) => !ENGLISH_PARSERS_REPLACED.has(parser.constructor.name));
  reader.parsers.unshift(
    clockParser,
    nextWeekWeekdayParser,
    weekdayInWeeksParser,
    periodFromTodayParser,
    dayAfterTomorrowParser,
  );
  return reader;
}

/** chrono readers for Dutch and English, extended with the project's own parsers. */
export const chronoReaders = { nl: dutchReader(), en: englishReader() };
