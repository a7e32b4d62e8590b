/** Dutch and English number words people use for hours, minutes and durations. */
export const NUMBER_WORDS: Record<string, number> = {
  een: 1,
  één: 1,
  twee: 2,
  drie: 3,
  vier: 4,
  vijf: 5,
  zes: 6,
  zeven: 7,
  acht: 8,
  negen: 9,
  tien: 10,
  elf: 11,
  twaalf: 12,
  dertien: 13,
  veertien: 14,
  vijftien: 15,
  twintig: 20,
  dertig: 30,
  veertig: 40,
  vijftig: 50,
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
  eleven: 11,
  twelve: 12,
  fifteen: 15,
  twenty: 20,
  thirty: 30,
  forty: 40,
  fifty: 50,
};

/** Regex source matching any number word, longest first so "tien" does not cut "veertien". */
export const NUMBER_WORD_SOURCE = Object.keys(NUMBER_WORDS)
  .sort((a, b) => b.length - a.length)
  .join("|");

/** A digit string or number word as a number; undefined when it is neither. */
export function numberFrom(token: string): number | undefined {
  const lower = token.toLowerCase();
  if (/^\d+$/.test(lower)) return Number(lower);
  return NUMBER_WORDS[lower];
}

/** Dutch and English weekday names and abbreviations, 0 = Sunday. */
export const WEEKDAYS: Record<string, number> = {
  zondag: 0,
  zo: 0,
  maandag: 1,
  ma: 1,
  dinsdag: 2,
  di: 2,
  woensdag: 3,
  wo: 3,
  donderdag: 4,
  do: 4,
  vrijdag: 5,
  vr: 5,
  zaterdag: 6,
  za: 6,
};

/** Regex source for a full Dutch weekday name. */
export const DUTCH_WEEKDAY_SOURCE = "zondag|maandag|dinsdag|woensdag|donderdag|vrijdag|zaterdag";

/** Dutch and English month names and abbreviations (1-12), as written in notes. */
export const MONTHS: Record<string, number> = {
  jan: 1,
  januari: 1,
  january: 1,
  feb: 2,
  februari: 2,
  february: 2,
  mrt: 3,
  maa: 3,
  maart: 3,
  mar: 3,
  march: 3,
  apr: 4,
  april: 4,
  mei: 5,
  may: 5,
  jun: 6,
  juni: 6,
  june: 6,
  jul: 7,
  juli: 7,
  july: 7,
  aug: 8,
  augustus: 8,
  august: 8,
  sep: 9,
  sept: 9,
  september: 9,
  okt: 10,
  oct: 10,
  oktober: 10,
  october: 10,
  nov: 11,
  november: 11,
  dec: 12,
  december: 12,
};

/** Regex source for any month name, longest first. */
export const MONTH_SOURCE = Object.keys(MONTHS)
  .sort((a, b) => b.length - a.length)
  .join("|");

/** Full weekday names, Monday first, as written in Dutch and English. */
export const WEEKDAY_NAMES = {
  nl: ["maandag", "dinsdag", "woensdag", "donderdag", "vrijdag", "zaterdag", "zondag"],
  en: ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"],
} as const;

/** Working-day names (Monday to Friday) in both languages, as one regex alternation. */
export const WORKDAY_SOURCE = [...WEEKDAY_NAMES.nl.slice(0, 5), ...WEEKDAY_NAMES.en.slice(0, 5)].join("|");

/** English weekday names and abbreviations, 0 = Sunday. */
export const ENGLISH_WEEKDAYS: Record<string, number> = {
  sunday: 0,
  sun: 0,
  monday: 1,
  mon: 1,
  tuesday: 2,
  tue: 2,
  tues: 2,
  wednesday: 3,
  wed: 3,
  thursday: 4,
  thu: 4,
  thur: 4,
  thurs: 4,
  friday: 5,
  fri: 5,
  saturday: 6,
  sat: 6,
};

/** Words for the part of a day, as written in a compound ("donderdagmiddag") or alone ("'s middags"). */
export const DAY_PART_WORDS = {
  morning: ["ochtend", "morgen"],
  afternoon: ["middag", "avond"],
} as const;
