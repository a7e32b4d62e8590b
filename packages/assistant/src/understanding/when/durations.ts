import { NUMBER_WORD_SOURCE, numberFrom } from "../vocabulary/time-words.ts";

/** A duration found in text, with where it was written. */
export type DurationMatch = { minutes: number; index: number; text: string };

const AMOUNT = `(${NUMBER_WORD_SOURCE}|\\d+(?:[.,]\\d+)?)`;
// "kwart voor 2 uur" is a clock time; "om 14.00 voor 2 uur" is not, so the number must stand alone.
const NOT_A_CLOCK = `(?<!(?:^|\\s)(?:kwart|${NUMBER_WORD_SOURCE}|\\d{1,2})\\s+)`;
const DURATION_VERB = "(?:voor|duurt|gedurende|for|lasting|lasts?|takes?)";
const ABOUT = "(?:(?:ongeveer|circa|zo'n|about|around)\\s+)?";
const VERB = `(?:${DURATION_VERB}\\s+${ABOUT})?`;

type Rule = { pattern: RegExp; minutes: (match: RegExpExecArray) => number | undefined };

function amount(word: string | undefined): number | undefined {
  if (word === undefined) return undefined;
  const lower = word.toLowerCase();
  if (lower === "een" || lower === "één" || lower === "an" || lower === "a") return 1;
  const value = numberFrom(lower);
  return (
    value ?? (Number.isNaN(Number(lower.replace(",", "."))) ? undefined : Number(lower.replace(",", ".")))
  );
}

const RULES: Rule[] = [
  {
    pattern: new RegExp(`${NOT_A_CLOCK}\\b${VERB}(?:an\\s+)?hour\\s+and\\s+a\\s+half\\b`, "gi"),
    minutes: () => 90,
  },
  { pattern: new RegExp(`${NOT_A_CLOCK}\\b${VERB}anderhalf\\s+uur\\b`, "gi"), minutes: () => 90 },
  {
    pattern: new RegExp(
      `${NOT_A_CLOCK}\\b${VERB}(?:(?:een\\s+)?half\\s+uur(?:tje)?|half\\s+an\\s+hour)\\b`,
      "gi",
    ),
    minutes: () => 30,
  },
  { pattern: /\b(?:drie|3)\s+kwartier\b/gi, minutes: () => 45 },
  { pattern: /\b(?:een\s+)?kwartier(?:tje)?\b|\ba\s+quarter\s+of\s+an\s+hour\b/gi, minutes: () => 15 },
  {
    pattern: new RegExp(
      `${NOT_A_CLOCK}\\b(?:${DURATION_VERB}\\s+${ABOUT})?${AMOUNT}\\s+(?:uur|uurtje|hours?|hrs?)\\s+(?:en\\s+|and\\s+)?(\\d+)\\s*(?:minuten|min\\.?|minutes|mins?)\\b`,
      "gi",
    ),
    minutes: (match) => {
      const hours = amount(match[1]);
      return hours === undefined ? undefined : hours * 60 + Number(match[2]);
    },
  },
  {
    pattern: new RegExp(
      `\\b(?:${DURATION_VERB}\\s+${ABOUT})?${AMOUNT}\\s*(?:minuten|minuutjes|min\\.?|minutes|mins?)(?!\\w)`,
      "gi",
    ),
    minutes: (match) => amount(match[1]),
  },
  {
    pattern: new RegExp(
      `${NOT_A_CLOCK}\\b${DURATION_VERB}\\s+${ABOUT}(een|an|a|${AMOUNT.slice(1, -1)})\\s+(?:uur|uurtje|hours?|hrs?)\\b`,
      "gi",
    ),
    minutes: (match) => {
      const hours = amount(match[1]);
      return hours === undefined ? undefined : hours * 60;
    },
  },
  {
    pattern: new RegExp(
      `${NOT_A_CLOCK}\\b${VERB}(?:${AMOUNT}\\s+(?:hours|hrs)\\b|(?<![\\d.:])\\b(\\d+,\\d+|\\d+\\.5)\\s*(?:uur|hours?|h)\\b|\\b${AMOUNT}\\s+uur\\s+lang\\b|\\b(een|an|one)\\s+(?:uurtje|hour))\\b`,
      "gi",
    ),
    minutes: (match) => {
      const hours = amount(match[1] ?? match[2] ?? match[3] ?? match[4]);
      return hours === undefined ? undefined : hours * 60;
    },
  },
];

/** Finds durations ("anderhalf uur", "45 minuten", "voor 2 uur", "for 90 minutes"), longest claim first. */
export function findDurations(text: string): DurationMatch[] {
  const found: DurationMatch[] = [];
  const overlaps = (index: number, length: number) =>
    found.some((taken) => index < taken.index + taken.text.length && taken.index < index + length);
  for (const rule of RULES) {
    for (const match of text.matchAll(rule.pattern)) {
      const minutes = rule.minutes(match as RegExpExecArray);
      if (minutes === undefined || minutes <= 0 || overlaps(match.index, match[0].length)) continue;
      found.push({ minutes: Math.round(minutes), index: match.index, text: match[0] });
    }
  }
  return found.sort((a, b) => a.index - b.index);
}

/** Blanks out spans (keeping every index) so chrono does not read "2 uur" of "duurt 2 uur" as two o'clock. */
export function blankOut(text: string, spans: { index: number; text: string }[]): string {
  let result = text;
  for (const span of spans) {
    result =
      result.slice(0, span.index) +
      " ".repeat(span.text.length) +
      result.slice(span.index + span.text.length);
  }
  return result;
}
