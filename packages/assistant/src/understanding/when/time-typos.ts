import { osaDistance } from "@weerbaar/domain";
import { isDictionaryWord } from "../spelling/dictionary.ts";
import { MONTHS, WEEKDAY_NAMES } from "../vocabulary/time-words.ts";

/*
 * "tomorow at 4 pm", "donderdg om 10 uur", "volgnde week": a time word typed in a hurry. The time reader works on the
 * text as written (the keywords' typo corrector never sees it), so its own words are corrected here first: a word
 * of five letters or more, one edit from a time word and no word of its own, becomes that time word.
 */
const TIME_WORDS: readonly string[] = [
  ...WEEKDAY_NAMES.nl,
  ...WEEKDAY_NAMES.en,
  ...Object.keys(MONTHS).filter((month) => month.length >= 5),
  "tomorrow",
  "morgen",
  "overmorgen",
  "vandaag",
  "today",
  "volgende",
  "komende",
  "ochtend",
  "middag",
  "morning",
  "afternoon",
  "evening",
  "minuten",
  "minutes",
  "kwartier",
  "quarter",
];

const known = new Set(TIME_WORDS);

function timeWordFor(word: string): string | undefined {
  const lower = word.toLowerCase();
  if (lower.length < 5 || known.has(lower) || !/^[a-z]+$/.test(lower) || isDictionaryWord(lower))
    return undefined;
  return TIME_WORDS.find(
    (candidate) => Math.abs(candidate.length - lower.length) <= 1 && osaDistance(lower, candidate, 1) <= 1,
  );
}

/** The text with its mistyped time words written right; every other character stays where it was. */
export function withTimeWordsCorrected(text: string): string {
  return text.replace(/\p{L}+/gu, (word) => timeWordFor(word) ?? word);
}
