import type { Parser } from "chrono-node";
import { MONTH_SOURCE, MONTHS } from "../vocabulary/time-words.ts";

/** Tag on dates written as "26okt23" or "3 nov 24", where the trailing number is the year. */
export const COMPACT_DATE_TAG = "weerbaar/compact-date";

const COMPACT = new RegExp(
  `\\b(\\d{1,2})\\s?(${MONTH_SOURCE})\\.?\\s?('?\\d{2}|\\d{4})(?![\\d:.]|\\s*(?:uur|u\\b|h\\b|am|pm|-|–|tot\\b|to\\b))`,
  "i",
);

/** chrono parser for handwritten-note dates ("26okt23", "3nov24", "3 nov 24") that chrono.nl reads as an hour. */
export const compactDateParser: Parser = {
  pattern: () => COMPACT,
  extract: (context, match) => {
    const day = Number(match[1]);
    const month = MONTHS[(match[2] ?? "").toLowerCase()];
    const yearText = (match[3] ?? "").replace("'", "");
    if (month === undefined) return null;
    const year = yearText.length === 2 ? 2000 + Number(yearText) : Number(yearText);
    return context
      .createParsingResult(match.index ?? 0, match[0], { day, month, year })
      .addTag(COMPACT_DATE_TAG);
  },
};
