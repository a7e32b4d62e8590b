import type { Bilingual } from "../language.ts";
import { amsterdamDateKey } from "./amsterdam.ts";

/** The Dutch public holidays the team does not work on. */
export type PublicHolidayKey =
  | "new_years_day"
  | "good_friday"
  | "easter_sunday"
  | "easter_monday"
  | "kings_day"
  | "liberation_day"
  | "ascension_day"
  | "whit_sunday"
  | "whit_monday"
  | "christmas_day"
  | "boxing_day";

/** One public holiday: its calendar date (`YYYY-MM-DD`, Amsterdam) and its name in Dutch and English. */
export type PublicHoliday = { key: PublicHolidayKey; date: string; name: Bilingual };

/** Easter Sunday of a Gregorian year (anonymous Gregorian algorithm), as month 1–12 and day. */
export function easterSunday(year: number): { month: number; day: number } {
  const a = year % 19;
  const b = Math.floor(year / 100);
  const c = year % 100;
  const d = Math.floor(b / 4);
  const e = b % 4;
  const f = Math.floor((b + 8) / 25);
  const g = Math.floor((b - f + 1) / 3);
  const h = (19 * a + b - d - g + 15) % 30;
  const i = Math.floor(c / 4);
  const k = c % 4;
  const l = (32 + 2 * e + 2 * i - h - k) % 7;
  const m = Math.floor((a + 11 * h + 22 * l) / 451);
  const month = Math.floor((h + l - 7 * m + 114) / 31);
  const day = ((h + l - 7 * m + 114) % 31) + 1;
  return { month, day };
}

// Calendar arithmetic in UTC: only the date matters here, never an instant.
function calendarDate(year: number, month1to12: number, day: number): Date {
  return new Date(Date.UTC(year, month1to12 - 1, day));
}

function dateKey(date: Date): string {
  return date.toISOString().slice(0, 10);
}

function plusDays(date: Date, days: number): Date {
  return new Date(date.getTime() + days * 86_400_000);
}

/** The Dutch public holidays of a year, in calendar order; Koningsdag moves to 26 April when the 27th is a Sunday. */
export function dutchPublicHolidays(year: number): PublicHoliday[] {
  const { month, day } = easterSunday(year);
  const easter = calendarDate(year, month, day);
  const april27 = calendarDate(year, 4, 27);
  const kingsDay = april27.getUTCDay() === 0 ? calendarDate(year, 4, 26) : april27;
  const holidays: PublicHoliday[] = [
    {
      key: "new_years_day",
      date: dateKey(calendarDate(year, 1, 1)),
      name: { nl: "Nieuwjaarsdag", en: "New Year's Day" },
    },
    {
      key: "good_friday",
      date: dateKey(plusDays(easter, -2)),
      name: { nl: "Goede Vrijdag", en: "Good Friday" },
    },
    { key: "easter_sunday", date: dateKey(easter), name: { nl: "Eerste Paasdag", en: "Easter Sunday" } },
    {
      key: "easter_monday",
      date: dateKey(plusDays(easter, 1)),
      name: { nl: "Tweede Paasdag", en: "Easter Monday" },
    },
    { key: "kings_day", date: dateKey(kingsDay), name: { nl: "Koningsdag", en: "King's Day" } },
    {
      key: "liberation_day",
      date: dateKey(calendarDate(year, 5, 5)),
      name: { nl: "Bevrijdingsdag", en: "Liberation Day" },
    },
    {
      key: "ascension_day",
      date: dateKey(plusDays(easter, 39)),
      name: { nl: "Hemelvaartsdag", en: "Ascension Day" },
    },
    {
      key: "whit_sunday",
      date: dateKey(plusDays(easter, 49)),
      name: { nl: "Eerste Pinksterdag", en: "Whit Sunday" },
    },
    {
      key: "whit_monday",
      date: dateKey(plusDays(easter, 50)),
      name: { nl: "Tweede Pinksterdag", en: "Whit Monday" },
    },
    {
      key: "christmas_day",
      date: dateKey(calendarDate(year, 12, 25)),
      name: { nl: "Eerste Kerstdag", en: "Christmas Day" },
    },
    {
      key: "boxing_day",
      date: dateKey(calendarDate(year, 12, 26)),
      name: { nl: "Tweede Kerstdag", en: "Boxing Day" },
    },
  ];
  return holidays.sort((x, y) => x.date.localeCompare(y.date));
}

const holidaysByYear = new Map<number, Map<string, PublicHoliday>>();

/** The public holiday on Amsterdam's calendar day of the instant, or undefined. */
export function publicHolidayOn(instant: Date | number): PublicHoliday | undefined {
  const key = amsterdamDateKey(instant);
  const year = Number(key.slice(0, 4));
  let byDate = holidaysByYear.get(year);
  if (!byDate) {
    byDate = new Map(dutchPublicHolidays(year).map((h) => [h.date, h]));
    holidaysByYear.set(year, byDate);
  }
  return byDate.get(key);
}
