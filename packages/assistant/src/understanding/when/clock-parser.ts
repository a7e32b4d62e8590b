import type { Parser, ParsingContext } from "chrono-node";
import { NUMBER_WORD_SOURCE } from "../vocabulary/time-words.ts";
import { type ClockReading, readBareHour, readClock } from "./clock-reading.ts";

/** Tag on results from this parser, so the reader knows the hour came from a clock phrase it checked. */
export const CLOCK_TAG = "weerbaar/clock";

/** Tag on a lone "tot 14:00": the time ends a meeting whose start was given earlier. */
export const END_ONLY_TAG = "weerbaar/end-only";

const LEAD_WORDS = "van|vanaf|from|om|at|tussen|between|rond|around|tegen|omstreeks|tot|until|till";
const END_WORDS = /^(tot|until|till)$/i;
const LEAD = new RegExp(`^(?:(${LEAD_WORDS})\\s+)?`, "i");
const RANGE_JOIN = /^\s*(?:-|–|—|tot(?:\s+en\s+met)?|t\/m|to|until|till)\s*/i;
const BETWEEN_JOIN = /^\s*(?:en|and|-|–)\s*/i;
const BARE_ALLOWED_AFTER = /^(om|at|rond|around|tegen|omstreeks)$/i;
const RANGE_START_WORDS = /^(van|vanaf|from|tussen|between)$/i;
const CANDIDATE = new RegExp(
  `\\b(?:(?:${LEAD_WORDS})\\s+)?(?:kwart|half|quarter|${NUMBER_WORD_SOURCE}|\\d{1,2})`,
  "i",
);

type Span = { reading: ClockReading; bare: boolean };

function readStart(text: string): Span | undefined {
  const reading = readClock(text);
  if (reading) return { reading, bare: false };
  const bare = readBareHour(text, true);
  return bare && { reading: bare, bare: true };
}

function toComponents(reading: ClockReading): Record<string, number> {
  const components: Record<string, number> = { hour: reading.hour, minute: reading.minute };
  if (reading.meridiem !== undefined) components.meridiem = reading.meridiem === "pm" ? 1 : 0;
  return components;
}

/** "from 1:30 to 2:30 pm": an am/pm on the end also covers a start that had none. */
function shareMeridiem(start: ClockReading, end: ClockReading): ClockReading {
  if (start.meridiem || end.meridiem !== "pm" || start.hour >= 12) return start;
  return start.hour + 12 <= end.hour ? { ...start, hour: start.hour + 12, meridiem: "pm" } : start;
}

function extract(context: ParsingContext, match: RegExpMatchArray) {
  const index = match.index ?? 0;
  const before = context.text[index - 1];
  // chrono retries one character further after a miss, so the parser itself guards against "26.10" in "26.10.2023".
  if (before !== undefined && /[\w:./-]/.test(before)) return null;
  const text = context.text.slice(index);
  const leadMatch = LEAD.exec(text);
  const lead = leadMatch?.[1];
  const leadLength = leadMatch?.[0].length ?? 0;
  const start = readStart(text.slice(leadLength));
  if (!start) return null;
  const afterStart = leadLength + start.reading.length;
  const joinPattern = lead && /^(tussen|between)$/i.test(lead) ? BETWEEN_JOIN : RANGE_JOIN;
  const join = joinPattern.exec(text.slice(afterStart));
  const endText = join ? text.slice(afterStart + join[0].length) : "";
  const end = join ? (readClock(endText) ?? readBareHour(endText)) : undefined;
  const endIsClock = join ? readClock(endText) !== undefined : false;
  const rangeTrusted =
    end !== undefined && (endIsClock || !start.bare || (lead !== undefined && RANGE_START_WORDS.test(lead)));
  if (end && join && rangeTrusted) {
    const result = context.createParsingResult(
      index,
      index + afterStart + join[0].length + end.length,
      toComponents(shareMeridiem(start.reading, end)),
      toComponents(end),
    );
    return result.addTag(CLOCK_TAG);
  }
  if (start.bare && !(lead && (BARE_ALLOWED_AFTER.test(lead) || END_WORDS.test(lead)))) return null;
  const single = context
    .createParsingResult(index, index + afterStart, toComponents(start.reading))
    .addTag(CLOCK_TAG);
  return lead && END_WORDS.test(lead) ? single.addTag(END_ONLY_TAG) : single;
}

/** chrono parser for clock times and time ranges in Dutch and English notation, which chrono.nl misreads. */
export const clockParser: Parser = {
  pattern: () => CANDIDATE,
  extract,
};
