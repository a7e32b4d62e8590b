import { MONTH_SOURCE, MONTHS } from "../vocabulary/time-words.ts";
import { isRealDate } from "./calendar.ts";

const NAMED = new RegExp(`\\b(\\d{1,2})\\s*(${MONTH_SOURCE})\\.?(?:\\s*(\\d{4}))?\\b`, "gi");
// Without a year, 29 February may still come: check against a leap year.
const LEAP_YEAR = 2024;
const NUMERIC = /(?<![\d:.])\b(\d{1,2})[-/](\d{1,2})(?:[-/](\d{4}|\d{2}))?\b(?![\d:])/g;

/** The first written day that does not exist ("31 februari", "30-02-2024"), which chrono silently skips. */
export function findInvalidDate(text: string): string | undefined {
  for (const match of text.matchAll(NAMED)) {
    const month = MONTHS[(match[2] ?? "").toLowerCase()];
    const year = match[3] ? Number(match[3]) : LEAP_YEAR;
    if (month && !isRealDate({ year, month, day: Number(match[1]) }) && Number(match[1]) <= 31)
      return match[0];
  }
  for (const match of text.matchAll(NUMERIC)) {
    const day = Number(match[1]);
    const month = Number(match[2]);
    const yearText = match[3];
    const year =
      yearText === undefined ? LEAP_YEAR : yearText.length === 2 ? 2000 + Number(yearText) : Number(yearText);
    if (month >= 1 && month <= 12 && day >= 1 && day <= 31 && !isRealDate({ year, month, day }))
      return match[0];
  }
  return undefined;
}
