import type { ParsedComponents, ParsedResult } from "chrono-node";
import { CLOCK_TAG } from "./clock-parser.ts";
import type { DayPartHint } from "./day-part.ts";
import type { ClockTime, WhenAssumption } from "./types.ts";

/** Meeting clock times after the day-part and bare-hour rules. */
export type ResolvedTime = { start: ClockTime; end?: ClockTime; assumptions: WhenAssumption[] };

const WORDED_TIME = /\b(noon|midnight|middernacht)\b/i;

/** Whether a result states a clock time (not just chrono's guess of a time for "morgenochtend"). */
export function namesATime(result: ParsedResult): boolean {
  if (!result.start.isCertain("hour")) return false;
  return result.tags().has(CLOCK_TAG) || /\d/.test(result.text) || WORDED_TIME.test(result.text);
}

function meetingClock(
  components: ParsedComponents,
  dayPart: DayPartHint | undefined,
  assumptions: WhenAssumption[],
): ClockTime {
  const hour = components.get("hour") ?? 0;
  const minute = components.get("minute") ?? 0;
  if (components.isCertain("meridiem")) return { hour, minute };
  if (dayPart?.part === "afternoon") return { hour: hour < 12 ? hour + 12 : hour, minute };
  if (dayPart?.part === "morning") return { hour, minute };
  // Nobody plans a meeting at 4 in the night: a bare 1-7 is the afternoon.
  if (hour >= 1 && hour <= 7) {
    if (!assumptions.includes("bare_hour_afternoon")) assumptions.push("bare_hour_afternoon");
    return { hour: hour + 12, minute };
  }
  return { hour, minute };
}

/** Reads the start (and range end) clock times of a result for a meeting. */
export function resolveTime(result: ParsedResult, dayPart: DayPartHint | undefined): ResolvedTime {
  const assumptions: WhenAssumption[] = [];
  const start = meetingClock(result.start, dayPart, assumptions);
  const end = result.end?.isCertain("hour") ? meetingClock(result.end, dayPart, assumptions) : undefined;
  return end ? { start, end, assumptions } : { start, assumptions };
}
