import { TZDate, tz, tzOffset } from "@date-fns/tz";
// Deep imports: the date-fns barrels load hundreds of modules, which costs seconds at start-up.
import { format } from "date-fns/format";
import { enGB } from "date-fns/locale/en-GB";
import { nl } from "date-fns/locale/nl";
import { startOfDay } from "date-fns/startOfDay";
import { startOfWeek } from "date-fns/startOfWeek";
import { match } from "ts-pattern";
import type { Language } from "../language.ts";

/** The team's time zone: every wall-clock time it talks about is Amsterdam time. */
export const AMSTERDAM = "Europe/Amsterdam";

/** The date-fns `in` context for Amsterdam, so date arithmetic keeps Amsterdam wall-clock time across DST. */
export const inAmsterdam = tz(AMSTERDAM);

const DAY_MS = 86_400_000;

/**
 * The UTC instant of an Amsterdam wall-clock time (month0 is 0–11, overflowing days roll over). Deterministic in
 * every process zone: the doubled hour of the autumn change means its first (summer-time) occurrence, and a time
 * in the skipped spring hour is read with the winter offset (02:30 becomes 03:30 summer time).
 */
export function amsterdamWallClock(
  year: number,
  month0: number,
  day: number,
  hour = 0,
  minute = 0,
  second = 0,
  millisecond = 0,
): Date {
  const asUtc = Date.UTC(year, month0, day, hour, minute, second, millisecond);
  const offsetBefore = tzOffset(AMSTERDAM, new Date(asUtc - DAY_MS));
  const offsetAfter = tzOffset(AMSTERDAM, new Date(asUtc + DAY_MS));
  const matches = [offsetBefore, offsetAfter]
    .map((offset) => asUtc - offset * 60_000)
    .filter((t) => t + tzOffset(AMSTERDAM, new Date(t)) * 60_000 === asUtc)
    .sort((a, b) => a - b);
  return new Date(matches[0] ?? asUtc - offsetBefore * 60_000);
}

/** The UTC instant of an Amsterdam wall-clock time; month is 1–12 as people write it. */
export function amsterdamInstant(year: number, month1to12: number, day: number, hour = 0, minute = 0): Date {
  return amsterdamWallClock(year, month1to12 - 1, day, hour, minute);
}

/** Moves whole Amsterdam calendar days, keeping the wall-clock time across DST (09:00 stays 09:00). */
export function addAmsterdamDays(instant: Date | number, days: number): Date {
  const t = toAmsterdam(instant);
  return amsterdamWallClock(
    t.getFullYear(),
    t.getMonth(),
    t.getDate() + days,
    t.getHours(),
    t.getMinutes(),
    t.getSeconds(),
    t.getMilliseconds(),
  );
}

/** The instant as a TZDate whose getters (getHours, getDay, ...) read Amsterdam wall-clock time. */
export function toAmsterdam(instant: Date | number): TZDate {
  return new TZDate(+instant, AMSTERDAM);
}

/** The styles of `formatAmsterdam`. */
export type AmsterdamFormatStyle = "date" | "time" | "datetime" | "weekday-date";

/**
 * Amsterdam wall-clock text: date "26 oktober 2023", time "13:30", weekday-date "donderdag 26 oktober 2023",
 * datetime "donderdag 26 oktober 2023 13:30" (a weekday makes a meeting time easy to check).
 */
export function formatAmsterdam(instant: Date | number, lang: Language, style: AmsterdamFormatStyle): string {
  const pattern = match(style)
    .with("date", () => "d MMMM yyyy")
    .with("time", () => "HH:mm")
    .with("weekday-date", () => "EEEE d MMMM yyyy")
    .with("datetime", () => "EEEE d MMMM yyyy HH:mm")
    .exhaustive();
  const locale = lang === "nl" ? nl : enGB;
  return format(toAmsterdam(instant), pattern, { locale });
}

/** The instant Amsterdam's calendar day of `instant` begins (00:00 Amsterdam). */
export function startOfAmsterdamDay(instant: Date | number): Date {
  return new Date(+startOfDay(instant, { in: inAmsterdam }));
}

/** The instant Amsterdam's week of `instant` begins: Monday 00:00 Amsterdam. */
export function startOfAmsterdamWeek(instant: Date | number): Date {
  return new Date(+startOfWeek(instant, { weekStartsOn: 1, in: inAmsterdam }));
}

/** Amsterdam's calendar date of the instant as `YYYY-MM-DD`, a key that does not depend on the process zone. */
export function amsterdamDateKey(instant: Date | number): string {
  return format(toAmsterdam(instant), "yyyy-MM-dd");
}
