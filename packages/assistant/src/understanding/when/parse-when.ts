import type { ParsedResult } from "chrono-node";
import { addCalendarDays, amsterdamInstant, amsterdamWallClock, chronoReference } from "./calendar.ts";
import { chronoReaders } from "./chrono-readers.ts";
import { END_ONLY_TAG } from "./clock-parser.ts";
import { findDayPart } from "./day-part.ts";
import { blankOut, findDurations } from "./durations.ts";
import { findInvalidDate } from "./invalid-date.ts";
import { pickReadings } from "./pick-results.ts";
import { endBeforeStart, invalidDate } from "./problems.ts";
import { findRelativeShift } from "./relative-shift.ts";
import { namesADay, type ResolvedDate, resolveDate } from "./resolve-date.ts";
import { namesATime, type ResolvedTime, resolveTime } from "./resolve-time.ts";
import { withTimeWordsCorrected } from "./time-typos.ts";
import type { CalendarDate, ParseWhenOptions, WhenAssumption, WhenProblem, WhenResult } from "./types.ts";

type Span = { index: number; text: string };

function matchedTexts(spans: Span[]): string[] {
  const ordered = [...spans].sort((a, b) => a.index - b.index || b.text.length - a.text.length);
  const kept: Span[] = [];
  for (const span of ordered) {
    const covered = kept.some(
      (k) => span.index >= k.index && span.index + span.text.length <= k.index + k.text.length,
    );
    if (!covered && span.text.trim() !== "") kept.push({ index: span.index, text: span.text.trim() });
  }
  return kept.map((span) => span.text);
}

function spanOf(result: ParsedResult, text: string): Span {
  return { index: result.index, text: text.slice(result.index, result.index + result.text.length) };
}

function minutesBetween(start: Date, end: Date): number {
  return Math.round((end.getTime() - start.getTime()) / 60_000);
}

function placeTime(
  date: ResolvedDate | undefined,
  time: ResolvedTime | undefined,
  today: CalendarDate,
  now: Date,
): { start?: Date; end?: Date; assumptions: WhenAssumption[] } {
  if (!time)
    return date
      ? { start: amsterdamInstant(date.date, { hour: 0, minute: 0 }), assumptions: [] }
      : { assumptions: [] };
  let day = date?.date ?? today;
  const assumptions: WhenAssumption[] = [];
  if (!date && amsterdamInstant(day, time.start).getTime() <= now.getTime()) {
    day = addCalendarDays(today, 1);
    assumptions.push("moved_to_tomorrow");
  }
  const start = amsterdamInstant(day, time.start);
  return time.end ? { start, end: amsterdamInstant(day, time.end), assumptions } : { start, assumptions };
}

/** Reads a meeting's date, time, range or duration from Dutch or English text, anchored in Europe/Amsterdam. */
export function parseWhen(written: string, options: ParseWhenOptions): WhenResult {
  const { now } = options;
  const text = withTimeWordsCorrected(written);
  const wall = amsterdamWallClock(now);
  const today: CalendarDate = { year: wall.year, month: wall.month, day: wall.day };
  // "twee uur later" is a change, not two o'clock nor a duration: read and blanked out first.
  const shift = findRelativeShift(text);
  const unshifted = shift ? blankOut(text, [shift]) : text;
  const durations = findDurations(unshifted);
  const masked = blankOut(unshifted, durations);
  const reference = chronoReference(now);
  const readings = pickReadings(
    [
      ...chronoReaders.nl.parse(masked, reference).map((result) => ({ result, lang: "nl" as const })),
      ...chronoReaders.en.parse(masked, reference).map((result) => ({ result, lang: "en" as const })),
    ],
    options.lang ?? "nl",
  ).map((reading) => reading.result);

  const dateResult = readings.find(namesADay);
  const timeResult = readings.find((reading) => namesATime(reading) && !reading.tags().has(END_ONLY_TAG));
  const endOnlyResult = timeResult ? undefined : readings.find((reading) => reading.tags().has(END_ONLY_TAG));
  const dayPart = findDayPart(text);
  const date = dateResult ? resolveDate(dateResult, today) : undefined;
  const time = timeResult ? resolveTime(timeResult, dayPart) : undefined;
  const placed = placeTime(date, time, today, now);
  // A lone "tot 14:00" only ends a meeting; mergeWhen puts it on the day chosen earlier.
  const endOnly = endOnlyResult ? resolveTime(endOnlyResult, dayPart) : undefined;
  if (endOnly) placed.end = amsterdamInstant(date?.date ?? today, endOnly.start);

  const duration = durations[0]?.minutes;
  let end = placed.end;
  if (!end && duration !== undefined && placed.start && time)
    end = new Date(placed.start.getTime() + duration * 60_000);
  const durationMinutes = duration ?? (placed.start && end ? minutesBetween(placed.start, end) : undefined);

  const invalid = findInvalidDate(text);
  let problem: WhenProblem | undefined = date?.problem;
  if (invalid !== undefined) problem = invalidDate(invalid);
  else if (!problem && placed.start && end && end.getTime() <= placed.start.getTime())
    problem = endBeforeStart();

  const spans: Span[] = [...durations, ...(shift ? [shift] : [])];
  if (dateResult) spans.push(spanOf(dateResult, text));
  if (timeResult) spans.push(spanOf(timeResult, text));
  if (endOnlyResult) spans.push(spanOf(endOnlyResult, text));
  if (dayPart && (date || time)) spans.push(dayPart);
  if (invalid !== undefined) spans.push({ index: text.indexOf(invalid), text: invalid });

  const result: WhenResult = {
    hasDate: date !== undefined,
    hasTime: time !== undefined,
    yearGiven: date?.yearGiven ?? false,
    assumptions: [
      ...(date?.assumptions ?? []),
      ...(time?.assumptions ?? endOnly?.assumptions ?? []),
      ...placed.assumptions,
    ],
    matchedText: matchedTexts(spans),
  };
  if (placed.start) result.start = placed.start;
  if (end) result.end = end;
  if (durationMinutes !== undefined) result.durationMinutes = durationMinutes;
  if (problem) result.problem = problem;
  if (shift) result.shift = shift.shift;
  return result;
}
