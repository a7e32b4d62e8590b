import type { Parser } from "chrono-node";
import { DUTCH_WEEKDAY_SOURCE, WEEKDAYS } from "../vocabulary/time-words.ts";
import { isRealDate } from "./calendar.ts";

/** "donderdagmiddag", "dinsdagochtend", "vrijdagavond": a weekday written together with the part of the day. */
export const weekdayPartParser: Parser = {
  pattern: () => new RegExp(`\\b(${DUTCH_WEEKDAY_SOURCE})(?:ochtend|morgen|middag|avond)\\b`, "i"),
  extract: (context, match) => {
    const weekday = WEEKDAYS[(match[1] ?? "").toLowerCase()];
    if (weekday === undefined) return null;
    return context.createParsingResult(match.index ?? 0, match[0], { weekday });
  },
};

const LEAD = `(?:op|on|per|vanaf|datum|${DUTCH_WEEKDAY_SOURCE}|ma|di|wo|do|vr|za|zo)\\.?\\s+`;

/**
 * "op 7-11", "do 9-11-2023": a day and month joined by a dash, which chrono.nl misses without a year. Only after
 * "op" or a weekday, so "van 9-11" stays a range of hours.
 */
export const dashDateParser: Parser = {
  pattern: () =>
    new RegExp(
      `\\b(${LEAD})(\\d{1,2})-(\\d{1,2})(?:-(\\d{4}|\\d{2}))?(?![\\d:.-]|\\s*(?:uur|u\\b|h\\b))`,
      "i",
    ),
  extract: (context, match) => {
    const lead = match[1] ?? "";
    const day = Number(match[2]);
    const month = Number(match[3]);
    const yearText = match[4];
    const year =
      yearText === undefined ? undefined : yearText.length === 2 ? 2000 + Number(yearText) : Number(yearText);
    if (month < 1 || month > 12 || !isRealDate({ year: year ?? 2024, month, day })) return null;
    const components: Record<string, number> = { day, month };
    if (year !== undefined) components.year = year;
    const weekday = WEEKDAYS[lead.trim().replace(/\.$/, "").toLowerCase()];
    if (weekday !== undefined) components.weekday = weekday;
    const start = (match.index ?? 0) + (weekday === undefined ? lead.length : 0);
    return context.createParsingResult(start, match[0].slice(start - (match.index ?? 0)), components);
  },
};
