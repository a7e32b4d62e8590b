import { describe, expect, it } from "vitest";
import { parseWhen } from "./parse-when.ts";
import type { WhenAssumption, WhenProblemKind } from "./types.ts";

/** Friday 20 October 2023, 12:00 in Amsterdam (CEST); the next Sunday ends summer time. */
const FRI_2023 = new Date("2023-10-20T10:00:00Z");
/** Saturday 21 October 2023, 00:30 in Amsterdam while it is still Friday in UTC and New York. */
const SAT_JUST_AFTER_MIDNIGHT = new Date("2023-10-20T22:30:00Z");
/** Thursday 28 March 2024, 13:00 in Amsterdam (CET); summer time starts on Sunday 31 March. */
const THU_2024 = new Date("2024-03-28T12:00:00Z");
/** Wednesday 25 March 2026, 13:00 in Amsterdam; summer time starts on Sunday 29 March. */
const WED_MARCH_2026 = new Date("2026-03-25T12:00:00Z");
/** Wednesday 21 October 2026, 11:00 in Amsterdam; summer time ends on Sunday 25 October. */
const WED_OCTOBER_2026 = new Date("2026-10-21T09:00:00Z");
/** Monday 16 October 2023, 10:00 in Amsterdam. */
const MON_2023 = new Date("2023-10-16T08:00:00Z");

type Row = {
  text: string;
  now?: Date;
  lang?: "nl" | "en";
  start?: string;
  end?: string;
  duration?: number;
  date?: boolean;
  time?: boolean;
  year?: boolean;
  assumes?: WhenAssumption;
  problem?: WhenProblemKind;
};

const rows: Row[] = [
  // Absolute Dutch dates
  { text: "donderdag 26 oktober om 13:30", start: "2023-10-26T11:30:00.000Z", date: true, time: true },
  { text: "26 oktober 2023", start: "2023-10-25T22:00:00.000Z", date: true, time: false, year: true },
  { text: "26-10-2023", start: "2023-10-25T22:00:00.000Z", year: true },
  { text: "26/10", start: "2023-10-25T22:00:00.000Z", year: false },
  { text: "do 26 okt", start: "2023-10-25T22:00:00.000Z" },
  { text: "donderdag 26 oktober", start: "2023-10-25T22:00:00.000Z" },
  { text: "26okt23", start: "2023-10-25T22:00:00.000Z", year: true },
  { text: "3nov24", start: "2024-11-02T23:00:00.000Z", year: true },
  { text: "3 nov 24", start: "2024-11-02T23:00:00.000Z", year: true },
  { text: "26-10-23 om 10 uur", start: "2023-10-26T08:00:00.000Z", year: true },
  { text: "vr. 27 okt. om 11:00", start: "2023-10-27T09:00:00.000Z" },
  { text: "26 okt. om 14.00", start: "2023-10-26T12:00:00.000Z" },
  { text: "do 26/10 om 13:30", start: "2023-10-26T11:30:00.000Z" },
  { text: "3 nov 14:00", start: "2023-11-03T13:00:00.000Z", year: false },
  { text: "1 december om 10 uur", start: "2023-12-01T09:00:00.000Z" },
  { text: "overleg 15-11-2023 13:00", start: "2023-11-15T12:00:00.000Z" },
  { text: "26 oktober", start: "2023-10-25T22:00:00.000Z", date: true, time: false },
  // Relative days
  { text: "vandaag om 15:00", start: "2023-10-20T13:00:00.000Z" },
  { text: "morgen", start: "2023-10-20T22:00:00.000Z", date: true, time: false, year: false },
  { text: "morgen om 10 uur", start: "2023-10-21T08:00:00.000Z" },
  { text: "overmorgen", start: "2023-10-21T22:00:00.000Z", date: true },
  { text: "overmorgen om 11:00", start: "2023-10-22T09:00:00.000Z" },
  { text: "volgende week dinsdag", start: "2023-10-23T22:00:00.000Z" },
  { text: "dinsdag volgende week om 10 uur", start: "2023-10-24T08:00:00.000Z" },
  { text: "volgende week dinsdag", now: MON_2023, start: "2023-10-23T22:00:00.000Z" },
  { text: "komende vrijdag", start: "2023-10-26T22:00:00.000Z" },
  { text: "aanstaande maandag om 9 uur", start: "2023-10-23T07:00:00.000Z" },
  { text: "dinsdag over twee weken", start: "2023-10-30T23:00:00.000Z" },
  { text: "over twee weken op donderdag om 14:00", start: "2023-11-02T13:00:00.000Z" },
  { text: "over 2 weken", start: "2023-11-02T23:00:00.000Z" },
  { text: "woensdag om 11 uur", start: "2023-10-25T09:00:00.000Z" },
  { text: "dinsdag 14:00", start: "2023-10-24T12:00:00.000Z" },
  { text: "vrijdag", start: "2023-10-26T22:00:00.000Z", assumes: "weekday_next_week" },
  { text: "morgenochtend om 9 uur", start: "2023-10-21T07:00:00.000Z", year: false },
  { text: "vanmiddag om 3 uur", start: "2023-10-20T13:00:00.000Z" },
  { text: "morgen", now: SAT_JUST_AFTER_MIDNIGHT, start: "2023-10-21T22:00:00.000Z" },
  { text: "vandaag om 14:00", now: SAT_JUST_AFTER_MIDNIGHT, start: "2023-10-21T12:00:00.000Z" },
  { text: "zondag om 10 uur", now: SAT_JUST_AFTER_MIDNIGHT, start: "2023-10-22T08:00:00.000Z" },
  // English
  { text: "tomorrow", lang: "en", start: "2023-10-20T22:00:00.000Z" },
  { text: "tomorrow at 3pm", lang: "en", start: "2023-10-21T13:00:00.000Z", year: false },
  { text: "next Tuesday", lang: "en", start: "2023-10-23T22:00:00.000Z" },
  { text: "next Tuesday at 10am", lang: "en", start: "2023-10-24T08:00:00.000Z" },
  {
    text: "next Tuesday",
    now: MON_2023,
    lang: "en",
    start: "2023-10-16T22:00:00.000Z",
    assumes: "next_weekday_ambiguous",
  },
  {
    text: "on Friday at 2:30pm",
    lang: "en",
    start: "2023-10-27T12:30:00.000Z",
    assumes: "weekday_next_week",
  },
  { text: "October 26 at 1:30 pm", lang: "en", start: "2023-10-26T11:30:00.000Z" },
  { text: "Mon 30 Oct 9am", lang: "en", start: "2023-10-30T08:00:00.000Z" },
  { text: "wednesday at noon", lang: "en", start: "2023-10-25T10:00:00.000Z" },
  { text: "meeting on 26 October 2023 at 10:00", lang: "en", start: "2023-10-26T08:00:00.000Z", year: true },
  {
    text: "from 1:30 to 2:30 pm",
    lang: "en",
    start: "2023-10-20T11:30:00.000Z",
    end: "2023-10-20T12:30:00.000Z",
  },
  { text: "tomorrow at 3", lang: "en", start: "2023-10-21T13:00:00.000Z", assumes: "bare_hour_afternoon" },
  { text: "tomorrow at 10am for 90 minutes", lang: "en", start: "2023-10-21T08:00:00.000Z", duration: 90 },
  {
    text: "Thursday 2pm for 2 hours",
    lang: "en",
    start: "2023-10-26T12:00:00.000Z",
    end: "2023-10-26T14:00:00.000Z",
  },
  { text: "tomorrow at 10am for half an hour", lang: "en", duration: 30, end: "2023-10-21T08:30:00.000Z" },
  { text: "plan een afspraak next Tuesday om 10 uur", start: "2023-10-24T08:00:00.000Z" },
  // Ranges
  {
    text: "van 13:30 tot 14:30",
    start: "2023-10-20T11:30:00.000Z",
    end: "2023-10-20T12:30:00.000Z",
    duration: 60,
  },
  { text: "13:30-14:30", start: "2023-10-20T11:30:00.000Z", end: "2023-10-20T12:30:00.000Z" },
  { text: "13.30 - 14.30 uur", start: "2023-10-20T11:30:00.000Z", end: "2023-10-20T12:30:00.000Z" },
  {
    text: "donderdag 26 oktober van 13:30 tot 14:30",
    start: "2023-10-26T11:30:00.000Z",
    end: "2023-10-26T12:30:00.000Z",
  },
  {
    text: "morgen van 10u tot 11u30",
    start: "2023-10-21T08:00:00.000Z",
    end: "2023-10-21T09:30:00.000Z",
    duration: 90,
  },
  { text: "van half twee tot half drie", start: "2023-10-20T11:30:00.000Z", end: "2023-10-20T12:30:00.000Z" },
  { text: "van 2 tot 3", start: "2023-10-20T12:00:00.000Z", end: "2023-10-20T13:00:00.000Z" },
  { text: "tussen 2 en 3", start: "2023-10-20T12:00:00.000Z", end: "2023-10-20T13:00:00.000Z" },
  { text: "maandag 10-11 uur", start: "2023-10-23T08:00:00.000Z", end: "2023-10-23T09:00:00.000Z" },
  {
    text: "26 oktober 9:00 tot 12:00",
    start: "2023-10-26T07:00:00.000Z",
    end: "2023-10-26T10:00:00.000Z",
    duration: 180,
  },
  { text: "van 11 tot 1", now: MON_2023, start: "2023-10-16T09:00:00.000Z", end: "2023-10-16T11:00:00.000Z" },
  { text: "van 11 tot 12", start: "2023-10-21T09:00:00.000Z", assumes: "moved_to_tomorrow" },
  // Durations
  { text: "anderhalf uur", duration: 90, date: false, time: false },
  { text: "een half uur", duration: 30 },
  { text: "45 minuten", duration: 45 },
  { text: "voor 2 uur", duration: 120, time: false },
  { text: "het duurt 2 uur", duration: 120, time: false },
  { text: "for 90 minutes", lang: "en", duration: 90 },
  { text: "2,5 uur", duration: 150 },
  { text: "een kwartier", duration: 15 },
  { text: "drie kwartier", duration: 45 },
  { text: "duurt een uur", duration: 60 },
  {
    text: "26 okt. om 14.00 voor anderhalf uur",
    start: "2023-10-26T12:00:00.000Z",
    end: "2023-10-26T13:30:00.000Z",
  },
  { text: "26 oktober om 13:30, duurt 45 minuten", end: "2023-10-26T12:15:00.000Z", duration: 45 },
  { text: "morgen om 10 uur voor 2 uur", start: "2023-10-21T08:00:00.000Z", end: "2023-10-21T10:00:00.000Z" },
  // Dutch clock phrases (today is Friday 20 October, 12:00)
  { text: "half vier", start: "2023-10-20T13:30:00.000Z", assumes: "bare_hour_afternoon" },
  { text: "om half vier", start: "2023-10-20T13:30:00.000Z" },
  { text: "kwart over twee", start: "2023-10-20T12:15:00.000Z" },
  { text: "kwart voor drie", start: "2023-10-20T12:45:00.000Z" },
  { text: "tien voor half vier", start: "2023-10-20T13:20:00.000Z" },
  { text: "vijf over half twee", start: "2023-10-20T11:35:00.000Z" },
  { text: "kwart voor een", start: "2023-10-20T10:45:00.000Z" },
  { text: "half een", start: "2023-10-20T10:30:00.000Z" },
  { text: "tien over vier", start: "2023-10-20T14:10:00.000Z" },
  { text: "5 voor 12", now: MON_2023, start: "2023-10-16T09:55:00.000Z" },
  { text: "om 11 uur", now: MON_2023, start: "2023-10-16T09:00:00.000Z", date: false },
  { text: "11u", now: MON_2023, start: "2023-10-16T09:00:00.000Z" },
  { text: "10.30 uur", now: MON_2023, start: "2023-10-16T08:30:00.000Z" },
  { text: "om 10.30", now: MON_2023, start: "2023-10-16T08:30:00.000Z" },
  { text: "13u30", start: "2023-10-20T11:30:00.000Z" },
  { text: "om 4 uur 's middags", start: "2023-10-20T14:00:00.000Z" },
  { text: "'s middags om 4 uur", start: "2023-10-20T14:00:00.000Z" },
  { text: "'s avonds om 8 uur", start: "2023-10-20T18:00:00.000Z" },
  { text: "om 8 uur 's avonds", start: "2023-10-20T18:00:00.000Z" },
  { text: "morgen om 7 uur 's ochtends", start: "2023-10-21T05:00:00.000Z" },
  { text: "morgen 's ochtends om 9 uur", start: "2023-10-21T07:00:00.000Z" },
  { text: "morgen om 4 uur", start: "2023-10-21T14:00:00.000Z", assumes: "bare_hour_afternoon" },
  { text: "donderdag om 4", start: "2023-10-26T14:00:00.000Z", assumes: "bare_hour_afternoon" },
  { text: "morgen om 07:30", start: "2023-10-21T05:30:00.000Z" },
  { text: "morgen om 9 uur", start: "2023-10-21T07:00:00.000Z" },
  {
    text: "plan een afspraak met Leudal donderdag 26 oktober om half twee",
    start: "2023-10-26T11:30:00.000Z",
  },
  { text: "om 10 uur", start: "2023-10-21T08:00:00.000Z", date: false, assumes: "moved_to_tomorrow" },
  // DST weeks
  { text: "maandag 30 oktober om 9 uur", start: "2023-10-30T08:00:00.000Z" },
  { text: "vrijdag 27 oktober om 9 uur", start: "2023-10-27T07:00:00.000Z" },
  { text: "zondag 29 oktober om 14:00", start: "2023-10-29T13:00:00.000Z" },
  { text: "maandag om 9 uur", start: "2023-10-23T07:00:00.000Z" },
  { text: "zondag om 10 uur", start: "2023-10-22T08:00:00.000Z" },
  { text: "29-10-2023 om 10:00", start: "2023-10-29T09:00:00.000Z" },
  { text: "30/10 om 9:00", start: "2023-10-30T08:00:00.000Z" },
  { text: "zondag 31 maart om 10 uur", now: THU_2024, start: "2024-03-31T08:00:00.000Z" },
  { text: "1 april 2024 om 9 uur", now: THU_2024, start: "2024-04-01T07:00:00.000Z", year: true },
  { text: "zaterdag om 9 uur", now: THU_2024, start: "2024-03-30T08:00:00.000Z" },
  { text: "maandag om 9 uur", now: THU_2024, start: "2024-04-01T07:00:00.000Z" },
  { text: "29 maart 2026 om 10:00", now: WED_MARCH_2026, start: "2026-03-29T08:00:00.000Z" },
  { text: "zaterdag 28 maart om 10:00", now: WED_MARCH_2026, start: "2026-03-28T09:00:00.000Z" },
  { text: "zondag om 10 uur", now: WED_MARCH_2026, start: "2026-03-29T08:00:00.000Z" },
  { text: "25 oktober 2026 om 10:00", now: WED_OCTOBER_2026, start: "2026-10-25T09:00:00.000Z" },
  { text: "zaterdag 24 oktober om 10:00", now: WED_OCTOBER_2026, start: "2026-10-24T08:00:00.000Z" },
  { text: "zondag 25 oktober van 13:30 tot 14:30", now: WED_OCTOBER_2026, start: "2026-10-25T12:30:00.000Z" },
  // Past dates
  { text: "1 januari", start: "2023-12-31T23:00:00.000Z", assumes: "moved_to_next_year" },
  { text: "15 maart om 10 uur", start: "2024-03-15T09:00:00.000Z", assumes: "moved_to_next_year" },
  { text: "19/10", start: "2024-10-18T22:00:00.000Z", assumes: "moved_to_next_year" },
  { text: "26 oktober 2022", problem: "past_date_with_year", year: true },
  { text: "19-10-2023 om 10:00", problem: "past_date_with_year" },
  { text: "3nov22", problem: "past_date_with_year" },
  { text: "March 1, 2023 at 10am", lang: "en", problem: "past_date_with_year" },
  // Refusals and mismatches
  { text: "van 14:30 tot 13:30", problem: "end_before_start" },
  { text: "morgen 15:00-14:00", problem: "end_before_start" },
  { text: "31 februari", problem: "invalid_date" },
  { text: "30-02-2024 om 10 uur", problem: "invalid_date" },
  // regression: "donderdag 26 oktober" in a year where the 26th is a Monday was silently resolved; now asked back
  { text: "vrijdag 26 oktober", problem: "weekday_mismatch" },
  { text: "donderdag 26 oktober 2026 om 10:00", now: WED_OCTOBER_2026, problem: "weekday_mismatch" },
  { text: "Friday October 26 at 10am", lang: "en", problem: "weekday_mismatch" },
  // Dutch forms chrono.nl misses (issue 16)
  { text: "donderdagmiddag om kwart over 3", start: "2023-10-26T13:15:00.000Z", date: true, time: true },
  { text: "dinsdagochtend om 10u", start: "2023-10-24T08:00:00.000Z" },
  { text: "dinsdagmorgen om 9 uur", start: "2023-10-24T07:00:00.000Z" },
  { text: "vrijdagmiddag om 2 uur", start: "2023-10-27T12:00:00.000Z" },
  { text: "op 7-11 om 9u", start: "2023-11-07T08:00:00.000Z", year: false },
  { text: "do 9-11 om 14:00", start: "2023-11-09T13:00:00.000Z" },
  { text: "op 7-11-2023 om 9u", start: "2023-11-07T08:00:00.000Z", year: true },
  { text: "van 9-11 uur", start: "2023-10-21T07:00:00.000Z", end: "2023-10-21T09:00:00.000Z" },
  { text: "morgen om 10.00 uur", start: "2023-10-21T08:00:00.000Z" },
  { text: "maandag om 13u30", start: "2023-10-23T11:30:00.000Z" },
  { text: "maandag om 10u", start: "2023-10-23T08:00:00.000Z" },
  { text: "over een week om 14:00", start: "2023-10-27T12:00:00.000Z" },
  { text: "over twee weken om 10 uur", start: "2023-11-03T09:00:00.000Z" },
  { text: "over drie dagen om 11:00", start: "2023-10-23T09:00:00.000Z" },
  // English clock phrases
  {
    text: "tomorrow at quarter past three",
    lang: "en",
    start: "2023-10-21T13:15:00.000Z",
    assumes: "bare_hour_afternoon",
  },
  { text: "tomorrow at half past two", lang: "en", start: "2023-10-21T12:30:00.000Z" },
  { text: "on Monday at quarter to eleven", lang: "en", start: "2023-10-23T08:45:00.000Z" },
  { text: "Monday at ten past four pm", lang: "en", start: "2023-10-23T14:10:00.000Z" },
  { text: "in two weeks at 10am", lang: "en", start: "2023-11-03T09:00:00.000Z" },
  // Nothing to read
  { text: "hoe staat Leudal ervoor", date: false, time: false },
  { text: "vandaag over een week om 14:00", now: MON_2023, start: "2023-10-23T12:00:00.000Z" },
  // Regression: chrono.nl read "zat" (sat) as Saturday, and a booking after a call note landed on a Saturday.
  { text: "ik zat net te bellen met de griffier", date: false, time: false },
  { text: "ik ben vrij", date: false, time: false },
  { text: "welke gemeenten in Limburg hebben geen protocol?", date: false, time: false },
  { text: "zo snel mogelijk", date: false, time: false },
  { text: "Leudal heeft een protocol maar het ligt op de plank", date: false, time: false },
  { text: "wat doen we in mei", date: false, time: false },
  { text: "gemeente Ede", date: false, time: false },
  { text: "what is the status of Leudal", lang: "en", date: false, time: false },
];

describe("parseWhen", () => {
  it("runs in the zone this project set up", () => {
    const expected = process.env.TZ ?? "UTC";
    expect(Intl.DateTimeFormat().resolvedOptions().timeZone).toBe(expected);
    expect(new Date(2023, 0, 1).getTimezoneOffset()).toBe(expected === "America/New_York" ? 300 : 0);
  });

  it("has at least 100 phrases in the table", () => {
    expect(rows.length).toBeGreaterThanOrEqual(100);
  });

  it.each(rows)("$text", (row) => {
    const result = parseWhen(row.text, { now: row.now ?? FRI_2023, ...(row.lang ? { lang: row.lang } : {}) });
    if (row.start !== undefined) expect(result.start?.toISOString()).toBe(row.start);
    if (row.end !== undefined) expect(result.end?.toISOString()).toBe(row.end);
    if (row.duration !== undefined) expect(result.durationMinutes).toBe(row.duration);
    if (row.date !== undefined) expect(result.hasDate).toBe(row.date);
    if (row.time !== undefined) expect(result.hasTime).toBe(row.time);
    if (row.year !== undefined) expect(result.yearGiven).toBe(row.year);
    if (row.assumes !== undefined) expect(result.assumptions).toContain(row.assumes);
    expect(result.problem?.kind).toBe(row.problem);
    if (row.date === false && row.time === false && row.duration === undefined) {
      expect(result.start).toBeUndefined();
      expect(result.matchedText).toEqual([]);
    }
  });
});
