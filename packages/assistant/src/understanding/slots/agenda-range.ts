import { ENGLISH_WEEKDAYS, MONTHS, WEEKDAYS } from "../vocabulary/time-words.ts";
import type { AgendaRange } from "./schemas.ts";

// "my appointments for Friday": a day is no colleague.
const timeNames = new Set([
  ...Object.keys(WEEKDAYS),
  ...Object.keys(ENGLISH_WEEKDAYS),
  ...Object.keys(MONTHS),
  "today",
  "tomorrow",
  "vandaag",
  "morgen",
]);

// "overmorgen", "the day after tomorrow": a day, read by the time reader; before "morgen" and "tomorrow" in it.
const dayAfterTomorrow = /\b(?:overmorgen|day after tomorrow)\b/;

const named: readonly (readonly [RegExp, AgendaRange])[] = [
  [/\b(?:vandaag|today|vanmiddag|vanochtend|vanavond|this (?:afternoon|morning|evening))\b/, "today"],
  [/\b(?:morgen|tomorrow)\b/, "tomorrow"],
  [/\b(?:volgende|komende|next|coming) week\b|\bweek (?:na|after) (?:deze|this)\b/, "next_week"],
  [/\b(?:deze|this) week\b/, "this_week"],
];
const datePhrase =
  /\b(?:(?:op |on )?(?:maandag|dinsdag|woensdag|donderdag|vrijdag|zaterdag|zondag|monday|tuesday|wednesday|thursday|friday|saturday|sunday)(?: \d{1,2}(?: \w+)?)?|\d{1,2} (?:jan|feb|maa|mrt|apr|mei|may|jun|jul|aug|sep|okt|oct|nov|dec)\w*|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)\w* \d{1,2}|\d{1,2}[-/]\d{1,2}(?:[-/]\d{2,4})?)\b/;

/** The agenda range a normalized text names: a named range, or a date phrase kept as text. */
export function extractAgendaRange(normalized: string): { range?: AgendaRange; dateText?: string } {
  const later = dayAfterTomorrow.exec(normalized);
  if (later) return { range: "date", dateText: later[0] };
  for (const [pattern, range] of named) if (pattern.test(normalized)) return { range };
  const date = datePhrase.exec(normalized);
  if (date) return { range: "date", dateText: date[0].replace(/^(?:op|on) /, "") };
  return {};
}

/** Whose agenda: "mine" for the asker ("mijn agenda", "my meetings"), or a colleague's name. */
export function extractAgendaStaff(raw: string, normalized: string): string | undefined {
  const named =
    // "agenda volgende wk van Joost": the range may stand between.
    /\b(?:agenda|afspraken|planning|calendar|schedule|meetings|appointments) (?:\S+ ){0,3}(?:van|of|for) (\p{Lu}\p{L}+)/u.exec(
      raw,
    ) ??
    /\b(\p{Lu}\p{L}+)'s (?:agenda|calendar|schedule|meetings|appointments)\b/u.exec(raw) ??
    /\bheeft (\p{Lu}\p{L}+)\b/u.exec(raw) ??
    /\bdoes (\p{Lu}\p{L}+) have\b/u.exec(raw) ??
    // "what has Wessel got on this week", "hasn't Noor got anything planned", "waar zit Fatima deze week".
    /\b(?:has|hasn't|hasn’t|hasnt|what['’]?s) (\p{Lu}\p{L}+) got\b/u.exec(raw) ??
    /\bwaar (?:zit|is) (\p{Lu}\p{L}+)\b/u.exec(raw) ??
    // "wat staat er morgen voor Youssef in de agenda?"
    /\b(?:voor|for) (\p{Lu}\p{L}+) (?:in|on) (?:de|zijn|haar|the|his|her) (?:agenda|calendar|diary)\b/u.exec(
      raw,
    ) ??
    /\bwhat (\p{Lu}\p{L}+) (?:has|had) (?:planned|scheduled|booked)\b/u.exec(raw);
  if (named?.[1] && !timeNames.has(named[1].toLowerCase())) return named[1];
  if (/\b(?:mijn|my|ik|i|me|mij)\b/.test(normalized)) return "mine";
  return undefined;
}
