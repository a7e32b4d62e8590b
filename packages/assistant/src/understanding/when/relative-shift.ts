import { NUMBER_WORD_SOURCE, numberFrom } from "../vocabulary/time-words.ts";
import { addCalendarDays, amsterdamInstant, amsterdamWallClock } from "./calendar.ts";

/**
 * A change relative to an existing meeting: "twee uur later", "een half uur eerder", "een dag later",
 * "30 minuten langer" (only the end moves), "an hour earlier". Days keep the wall-clock time across DST.
 */
export type RelativeShift = { days: number; minutes: number; endMinutes: number };

/** A shift found in text, with where it was written. */
export type ShiftMatch = { shift: RelativeShift; index: number; text: string };

const AMOUNT = `(${NUMBER_WORD_SOURCE}|\\d+(?:[.,]\\d+)?|een|één|an|a)`;
const DIRECTION = "(later|eerder|vroeger|earlier|sooner|langer|korter|longer|shorter)";
const DIRECTION_WORD = new RegExp(`^${DIRECTION}$`, "i");
const LATER = /^(?:later|langer|longer)$/i;
const END_ONLY = /^(?:langer|korter|longer|shorter)$/i;

type Rule = {
  pattern: RegExp;
  amount: (m: RegExpExecArray) => { minutes?: number; days?: number } | undefined;
};

function count(word: string | undefined): number | undefined {
  if (word === undefined) return undefined;
  const lower = word.toLowerCase();
  if (["een", "één", "an", "a"].includes(lower)) return 1;
  const value = numberFrom(lower);
  if (value !== undefined) return value;
  const parsed = Number(lower.replace(",", "."));
  return Number.isNaN(parsed) ? undefined : parsed;
}

const RULES: Rule[] = [
  {
    pattern: new RegExp(
      `\\b(?:anderhalf\\s+uur|(?:an\\s+)?hour\\s+and\\s+a\\s+half)\\s+${DIRECTION}\\b`,
      "i",
    ),
    amount: () => ({ minutes: 90 }),
  },
  {
    pattern: new RegExp(`\\b(?:(?:een\\s+)?half\\s+uur(?:tje)?|half\\s+an\\s+hour)\\s+${DIRECTION}\\b`, "i"),
    amount: () => ({ minutes: 30 }),
  },
  {
    pattern: new RegExp(`\\b(?:drie|3)\\s+kwartier\\s+${DIRECTION}\\b`, "i"),
    amount: () => ({ minutes: 45 }),
  },
  {
    pattern: new RegExp(
      `\\b(?:een\\s+)?kwartier(?:tje)?\\s+${DIRECTION}\\b|\\ba\\s+quarter(?:\\s+of\\s+an\\s+hour)?\\s+${DIRECTION}\\b`,
      "i",
    ),
    amount: () => ({ minutes: 15 }),
  },
  {
    pattern: new RegExp(`\\b${AMOUNT}\\s*(?:uur|uren|uurtje|hours?|hrs?|u)\\s+${DIRECTION}\\b`, "i"),
    amount: (m) => {
      const n = count(m[1]);
      return n === undefined ? undefined : { minutes: n * 60 };
    },
  },
  {
    pattern: new RegExp(
      `\\b${AMOUNT}\\s*(?:minuten|minuut|minuutjes|min|minutes?|mins?)\\s+${DIRECTION}\\b`,
      "i",
    ),
    amount: (m) => {
      const n = count(m[1]);
      return n === undefined ? undefined : { minutes: n };
    },
  },
  {
    pattern: new RegExp(`\\b${AMOUNT}\\s+(?:dag|dagen|days?)\\s+${DIRECTION}\\b`, "i"),
    amount: (m) => {
      const n = count(m[1]);
      return n === undefined ? undefined : { days: n };
    },
  },
  {
    pattern: new RegExp(`\\b${AMOUNT}\\s+(?:week|weken|weeks?)\\s+${DIRECTION}\\b`, "i"),
    amount: (m) => {
      const n = count(m[1]);
      return n === undefined ? undefined : { days: n * 7 };
    },
  },
];

/** The first relative change written in a text ("twee uur later"), if any. */
export function findRelativeShift(text: string): ShiftMatch | undefined {
  let best: ShiftMatch | undefined;
  for (const rule of RULES) {
    const m = rule.pattern.exec(text);
    if (!m || (best && best.index <= m.index)) continue;
    const amount = rule.amount(m);
    const word = [...m].reverse().find((group) => group !== undefined && DIRECTION_WORD.test(group));
    if (!amount || !word) continue;
    const sign = LATER.test(word) ? 1 : -1;
    // "|| 0": no negative zero for an amount that was not given.
    const minutes = Math.round((amount.minutes ?? 0) * sign) || 0;
    const days = Math.round((amount.days ?? 0) * sign) || 0;
    const shift: RelativeShift = END_ONLY.test(word)
      ? { days: 0, minutes: 0, endMinutes: minutes + days * 24 * 60 }
      : { days, minutes, endMinutes: 0 };
    best = { shift, index: m.index, text: m[0] };
  }
  return best;
}

function moved(instant: Date, days: number, minutes: number): Date {
  const wall = amsterdamWallClock(instant);
  const day = addCalendarDays({ year: wall.year, month: wall.month, day: wall.day }, days);
  const sameClock = amsterdamInstant(day, { hour: wall.hour, minute: wall.minute });
  return new Date(sameClock.getTime() + minutes * 60_000);
}

/** A meeting's start and end after a relative change; days keep the Amsterdam clock time. */
export function applyShift(start: Date, end: Date, shift: RelativeShift): { start: Date; end: Date } {
  return {
    start: moved(start, shift.days, shift.minutes),
    end: moved(end, shift.days, shift.minutes + shift.endMinutes),
  };
}
