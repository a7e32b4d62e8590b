import { TZDate, tz, tzOffset } from "@date-fns/tz";
import type { Day, Month } from "date-fns";
// Deep imports: the date-fns barrels load hundreds of modules, which costs seconds at start-up.
import { enGB } from "date-fns/locale/en-GB";
import { nl } from "date-fns/locale/nl";
import { startOfDay } from "date-fns/startOfDay";
import { startOfWeek } from "date-fns/startOfWeek";
import type { Language } from "../language.ts";

/** The team's time zone: every wall-clock time it talks about is Amsterdam time. */
export const AMSTERDAM = "Europe/Amsterdam";

/** The date-fns `in` context for Amsterdam, so date arithmetic keeps Amsterdam wall-clock time across DST. */
export const inAmsterdam = tz(AMSTERDAM);

const DAY_MS = 86_400_000;
const HOUR_MS = 3_600_000;
const MINUTE_MS = 60_000;
const REMEMBERED_HOURS = 100_000;

const offsetByHour = new Map<number, number>();

/**
 * Amsterdam's UTC offset in minutes at an instant. Asking Intl costs microseconds and formatting one date asked it
 * many times; Amsterdam's offset has changed only on whole UTC hours since 1977, so it is remembered per hour.
 */
export function amsterdamOffsetMinutes(instant: Date | number): number {
  const hour = Math.floor(+instant / HOUR_MS);
  let offset = offsetByHour.get(hour);
  if (offset === undefined) {
    offset = tzOffset(AMSTERDAM, new Date(hour * HOUR_MS));
    if (offsetByHour.size >= REMEMBERED_HOURS) offsetByHour.clear();
    offsetByHour.set(hour, offset);
  }
  return offset;
}

/** Amsterdam wall-clock fields of an instant (month0 0–11, weekday 0 = Sunday). */
export type AmsterdamFields = {
  year: number;
  month0: number;
  day: number;
  weekday: number;
  hour: number;
  minute: number;
  second: number;
  millisecond: number;
};

/** The Amsterdam wall-clock fields of an instant, the same in every process zone. */
export function amsterdamFields(instant: Date | number): AmsterdamFields {
  const shifted = new Date(+instant + amsterdamOffsetMinutes(instant) * MINUTE_MS);
  return {
    year: shifted.getUTCFullYear(),
    month0: shifted.getUTCMonth(),
    day: shifted.getUTCDate(),
    weekday: shifted.getUTCDay(),
    hour: shifted.getUTCHours(),
    minute: shifted.getUTCMinutes(),
    second: shifted.getUTCSeconds(),
    millisecond: shifted.getUTCMilliseconds(),
  };
}

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
  const offsetBefore = amsterdamOffsetMinutes(asUtc - DAY_MS);
  const offsetAfter = amsterdamOffsetMinutes(asUtc + DAY_MS);
  const matches = [offsetBefore, offsetAfter]
    .map((offset) => asUtc - offset * MINUTE_MS)
    .filter((t) => t + amsterdamOffsetMinutes(t) * MINUTE_MS === asUtc)
    .sort((a, b) => a - b);
  return new Date(matches[0] ?? asUtc - offsetBefore * MINUTE_MS);
}

/** The UTC instant of an Amsterdam wall-clock time; month is 1–12 as people write it. */
export function amsterdamInstant(year: number, month1to12: number, day: number, hour = 0, minute = 0): Date {
  return amsterdamWallClock(year, month1to12 - 1, day, hour, minute);
}

/** Moves whole Amsterdam calendar days, keeping the wall-clock time across DST (09:00 stays 09:00). */
export function addAmsterdamDays(instant: Date | number, days: number): Date {
  const t = amsterdamFields(instant);
  return amsterdamWallClock(t.year, t.month0, t.day + days, t.hour, t.minute, t.second, t.millisecond);
}

/** The instant as a TZDate whose getters (getHours, getDay, ...) read Amsterdam wall-clock time. */
export function toAmsterdam(instant: Date | number): TZDate {
  return new TZDate(+instant, AMSTERDAM);
}

/** The styles of `formatAmsterdam`. */
export type AmsterdamFormatStyle = "date" | "time" | "datetime" | "weekday-date";

const pad = (value: number, width = 2) => String(value).padStart(width, "0");

/**
 * Amsterdam wall-clock text: date "26 oktober 2023", time "13:30", weekday-date "donderdag 26 oktober 2023",
 * datetime "donderdag 26 oktober 2023 13:30" (a weekday makes a meeting time easy to check). The names come from
 * date-fns's locales; the fields are read once, as date-fns's `format` on a TZDate reads the zone many times.
 */
export function formatAmsterdam(instant: Date | number, lang: Language, style: AmsterdamFormatStyle): string {
  const f = amsterdamFields(instant);
  const { localize } = lang === "nl" ? nl : enGB;
  const time = `${pad(f.hour)}:${pad(f.minute)}`;
  if (style === "time") return time;
  const date = `${f.day} ${localize.month(f.month0 as Month, { width: "wide" })} ${pad(f.year, 4)}`;
  if (style === "date") return date;
  const weekday = localize.day(f.weekday as Day, { width: "wide" });
  return style === "weekday-date" ? `${weekday} ${date}` : `${weekday} ${date} ${time}`;
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
  const f = amsterdamFields(instant);
  return `${pad(f.year, 4)}-${pad(f.month0 + 1)}-${pad(f.day)}`;
}
