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
// After the amount: "twee uur later", "een uur naar achteren"; before it: "push back two hours", "later by an hour".
// "schuif de afspraak twee dagen op": "op" at the end of the request, or "opschuiven", is later.
const DIRECTION =
  "(later|eerder|vroeger|earlier|sooner|langer|korter|longer|shorter|naar achteren|naar voren|forward|back|op(?=\\s*(?:$|[.,!?]))|opschuiven)";
const DIRECTION_BEFORE = "(back|forward|later|earlier|langer|longer|korter|shorter|vervroeg|vervroegen)";
const DIRECTION_WORD = new RegExp(
  `^(?:${DIRECTION.slice(1, -1).replace("op(?=\\s*(?:$|[.,!?]))", "op")}|${DIRECTION_BEFORE.slice(1, -1)})$`,
  "i",
);
const LATER = /^(?:later|langer|longer|back|naar achteren|op|opschuiven)$/i;
const END_ONLY = /^(?:langer|korter|longer|shorter)$/i;

type Rule = {
  /** The amount with its unit ("twee uur", "half an hour"), the amount in a capturing group where it varies. */
  unit: string;
  amount: (n: number | undefined) => { minutes?: number; days?: number } | undefined;
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

const fixed = (minutes: number) => () => ({ minutes });
const times = (factor: number, key: "minutes" | "days") => (n: number | undefined) =>
  n === undefined ? undefined : { [key]: n * factor };

const UNITS: Rule[] = [
  { unit: "(?:anderhalf\\s+uur|(?:an\\s+)?hour\\s+and\\s+a\\s+half)", amount: fixed(90) },
  { unit: "(?:(?:een\\s+)?half\\s+uur(?:tje)?|half\\s+an\\s+hour)", amount: fixed(30) },
  { unit: "(?:drie|3)\\s+kwartier", amount: fixed(45) },
  { unit: "(?:(?:een\\s+)?kwartier(?:tje)?|a\\s+quarter(?:\\s+of\\s+an\\s+hour)?)", amount: fixed(15) },
  { unit: `${AMOUNT}\\s*(?:uur|uren|uurtje|hours?|hrs?|u)`, amount: times(60, "minutes") },
  { unit: `${AMOUNT}\\s*(?:minuten|minuut|minuutjes|min|minutes?|mins?)`, amount: times(1, "minutes") },
  { unit: `${AMOUNT}\\s+(?:dag|dagen|days?)`, amount: times(1, "days") },
  { unit: `${AMOUNT}\\s+(?:week|weken|weeks?)`, amount: times(7, "days") },
];

const RULES = UNITS.map((rule) => ({
  ...rule,
  pattern: new RegExp(
    `\\b${rule.unit}\\s+${DIRECTION}\\b|\\b${DIRECTION_BEFORE}\\s+(?:by\\s+|met\\s+)?${rule.unit}\\b`,
    "i",
  ),
}));

// "naar de dag erna", "to the day after, same time", "the following week": a shift with no number in it.
const NEXT_ONE: readonly (readonly [RegExp, RelativeShift])[] = [
  [
    /\b(?:de dag erna|de dag daarna|the day after(?! tomorrow)|the next day|the following day)\b/i,
    { days: 1, minutes: 0, endMinutes: 0 },
  ],
  [
    /\b(?:de week erna|de week daarna|the week after(?! next)|the following week)\b/i,
    { days: 7, minutes: 0, endMinutes: 0 },
  ],
];

/** The first relative change written in a text ("twee uur later"), if any. */
export function findRelativeShift(text: string): ShiftMatch | undefined {
  let best: ShiftMatch | undefined;
  for (const [pattern, shift] of NEXT_ONE) {
    const m = pattern.exec(text);
    if (m && (!best || m.index < best.index)) best = { shift: { ...shift }, index: m.index, text: m[0] };
  }
  for (const rule of RULES) {
    const m = rule.pattern.exec(text);
    if (!m || (best && best.index <= m.index)) continue;
    const groups = m.slice(1).filter((group): group is string => group !== undefined);
    const word = groups.find((group) => DIRECTION_WORD.test(group));
    const amount = rule.amount(count(groups.find((group) => !DIRECTION_WORD.test(group))));
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
