import { amsterdamDateKey, type DayOfYear, type MonthPart, monthPartDay } from "@weerbaar/domain";
import { normalizeText } from "../normalize.ts";
import { MONTHS } from "../vocabulary/time-words.ts";
import { amsterdamWallClock } from "./calendar.ts";
import { parseWhen } from "./parse-when.ts";

const parts: Record<string, MonthPart> = {
  begin: "early",
  start: "early",
  early: "early",
  beginning: "early",
  half: "mid",
  medio: "mid",
  midden: "mid",
  mid: "mid",
  halverwege: "mid",
  middle: "mid",
  eind: "late",
  einde: "late",
  end: "late",
  late: "late",
};

const monthSource = Object.keys(MONTHS)
  .sort((a, b) => b.length - a.length)
  .join("|");
// "half november", "eind van december", "mid-November", "the end of January", "early december".
const MONTH_PART = new RegExp(
  `\\b(${Object.keys(parts).join("|")})\\s+(?:(?:of|van)\\s+)?(?:(?:the|de)\\s+)?(?:month\\s+)?(${monthSource})\\b`,
);
// "in januari", "in January": the month alone is its start. A day number before it is a date (chrono's).
const MONTH_ALONE = new RegExp(`\\b(?:in|rond|around|during|tijdens)\\s+(${monthSource})\\b(?!\\s+\\d)`);

const key = (d: DayOfYear) =>
  `${d.year}-${String(d.month).padStart(2, "0")}-${String(d.day).padStart(2, "0")}`;

/**
 * The day a follow-up is due, as `YYYY-MM-DD` in Amsterdam: "half november" (a part of a month, the domain's
 * monthPartDay), "in januari", or any date parseWhen reads ("14 november", "volgende week dinsdag", "over twee
 * weken"). Undefined when the text names no day, or only one that has passed.
 */
export function readFollowUpDay(text: string, now: Date, lang?: "nl" | "en"): string | undefined {
  const wall = amsterdamWallClock(now);
  const today: DayOfYear = { year: wall.year, month: wall.month, day: wall.day };
  const normalized = normalizeText(text);
  const part = MONTH_PART.exec(normalized);
  const partMonth = part && MONTHS[part[2] ?? ""];
  if (part && partMonth) return key(monthPartDay(parts[part[1] ?? ""] ?? "early", partMonth, today));
  const alone = MONTH_ALONE.exec(normalized);
  const aloneMonth = alone && MONTHS[alone[1] ?? ""];
  if (aloneMonth) return key(monthPartDay("early", aloneMonth, today));
  const when = parseWhen(text, { now, ...(lang ? { lang } : {}) });
  if (!when.hasDate || !when.start || when.problem) return undefined;
  const day = amsterdamDateKey(when.start);
  return day < key(today) ? undefined : day;
}
