import type { ParsedResult } from "chrono-node";

/** A chrono result and the reader it came from. */
export type Reading = { result: ParsedResult; lang: "nl" | "en" };

// chrono.nl's weekday abbreviations, alone: most are Dutch words too ("ik zat net te bellen", "ik ben vrij", "zo").
const LONE_WEEKDAY_ABBREVIATION = /^(ma|di|din|wo|woe|do|dond|vr|vrij|za|zat|zo|zon)\.?$/i;

function overlaps(a: ParsedResult, b: ParsedResult): boolean {
  return a.index < b.index + b.text.length && b.index < a.index + a.text.length;
}

/**
 * Keeps the longest readings that do not overlap, from either language: chrono.nl also reads "10am" and
 * chrono.en reads "from 1:30 to 2:30 pm" whole, so the fuller reading wins and the preferred language breaks ties.
 */
export function pickReadings(readings: Reading[], preferred: "nl" | "en"): Reading[] {
  const ranked = readings
    // "zo snel mogelijk" is not a Sunday: a two-letter weekday only counts next to a date.
    .filter((reading) => !LONE_WEEKDAY_ABBREVIATION.test(reading.result.text.trim()))
    .sort(
      (a, b) =>
        b.result.text.length - a.result.text.length ||
        Number(b.lang === preferred) - Number(a.lang === preferred) ||
        a.result.index - b.result.index,
    );
  const kept: Reading[] = [];
  for (const reading of ranked) {
    if (!kept.some((taken) => overlaps(taken.result, reading.result))) kept.push(reading);
  }
  return kept.sort((a, b) => a.result.index - b.result.index);
}
