import { amsterdamInstant, amsterdamWallClock } from "./calendar.ts";
import { endBeforeStart } from "./problems.ts";
import type { CalendarDate, ClockTime, WhenAssumption, WhenResult } from "./types.ts";

const TIME_ASSUMPTIONS: ReadonlySet<WhenAssumption> = new Set(["bare_hour_afternoon"]);
// Guesses made only because the day was missing; a later answer that gives the day replaces them.
const DAY_GUESSES: ReadonlySet<WhenAssumption> = new Set(["moved_to_tomorrow"]);

function dayOf(instant: Date): CalendarDate {
  const wall = amsterdamWallClock(instant);
  return { year: wall.year, month: wall.month, day: wall.day };
}

function clockOf(instant: Date): ClockTime {
  const wall = amsterdamWallClock(instant);
  return { hour: wall.hour, minute: wall.minute };
}

function unique<T>(values: T[]): T[] {
  return [...new Set(values)];
}

/** Merges a later, partial answer ("om half twee") into what was understood before ("donderdag 26 oktober"). */
export function mergeWhen(previous: WhenResult, next: WhenResult): WhenResult {
  const dateSource = next.hasDate ? next : previous.hasDate ? previous : undefined;
  const timeSource = next.hasTime ? next : previous.hasTime ? previous : undefined;
  const fallbackDaySource = timeSource ?? dateSource;
  const day = dateSource?.start
    ? dayOf(dateSource.start)
    : fallbackDaySource?.start
      ? dayOf(fallbackDaySource.start)
      : undefined;
  const time = timeSource?.start ? clockOf(timeSource.start) : { hour: 0, minute: 0 };
  const start = day ? amsterdamInstant(day, time) : undefined;

  const durationMinutes = next.durationMinutes ?? previous.durationMinutes;
  // "tot 15:00" after a start replaces the earlier duration: it is recomputed from the new end below.
  const nextEndsOnly = !next.hasTime && next.end !== undefined;
  const endClockSource = nextEndsOnly ? next : timeSource?.end ? timeSource : undefined;
  let end: Date | undefined;
  if (day && endClockSource?.end && (nextEndsOnly || !next.durationMinutes || endClockSource === next)) {
    end = amsterdamInstant(day, clockOf(endClockSource.end));
  } else if (start && timeSource && durationMinutes !== undefined) {
    end = new Date(start.getTime() + durationMinutes * 60_000);
  }

  const dateAssumptions = (dateSource?.assumptions ?? []).filter((a) => !TIME_ASSUMPTIONS.has(a));
  const timeAssumptions = (timeSource?.assumptions ?? []).filter((a) => TIME_ASSUMPTIONS.has(a));
  const guesses = dateSource ? [] : (timeSource?.assumptions ?? []).filter((a) => DAY_GUESSES.has(a));
  const merged: WhenResult = {
    hasDate: dateSource !== undefined,
    hasTime: timeSource !== undefined,
    yearGiven: dateSource?.yearGiven ?? false,
    assumptions: unique([
      ...dateAssumptions.filter((a) => !DAY_GUESSES.has(a)),
      ...guesses,
      ...timeAssumptions,
    ]),
    matchedText: next.matchedText,
  };
  if (start) merged.start = start;
  if (end) merged.end = end;
  const minutes =
    nextEndsOnly && start && end ? Math.round((end.getTime() - start.getTime()) / 60_000) : durationMinutes;
  if (minutes !== undefined) merged.durationMinutes = minutes;
  const problem = next.problem ?? (start && end && end <= start ? endBeforeStart() : dateSource?.problem);
  if (problem) merged.problem = problem;
  const shift = next.shift ?? previous.shift;
  if (shift) merged.shift = shift;
  return merged;
}
