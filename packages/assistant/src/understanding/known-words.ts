import { isCueWord } from "./cue.ts";
import { functionWords } from "./function-words.ts";
import { isTypoKeyword } from "./typos.ts";
import { vocabularies } from "./vocabulary/index.ts";
import { DAY_PART_WORDS, ENGLISH_WEEKDAYS, MONTHS, NUMBER_WORDS, WEEKDAYS } from "./vocabulary/time-words.ts";

const timeWords = new Set([
  ...Object.keys(WEEKDAYS),
  ...Object.keys(ENGLISH_WEEKDAYS),
  ...Object.keys(MONTHS),
  ...Object.keys(NUMBER_WORDS),
  ...DAY_PART_WORDS.morning,
  ...DAY_PART_WORDS.afternoon,
  ..."uur u uurtje minuten minuut min kwart kwartier half anderhalf later eerder langer korter vandaag morgen overmorgen week weken dag dagen volgende komende deze vanochtend vanmiddag vanavond hour hours minute minutes quarter past earlier longer shorter today tomorrow next day days weeks morning afternoon evening tonight am pm".split(
    " ",
  ),
]);

const known = new Map<string, boolean>();
const knownCacheSize = 5000;

/** Whether some cue, vocabulary or time word explains a normalized word (function words included). */
export function isKnownWord(word: string): boolean {
  const cached = known.get(word);
  if (cached !== undefined) return cached;
  const result =
    functionWords.has(word) ||
    timeWords.has(word) ||
    isTypoKeyword(word) ||
    vocabularies.some((v) => v.valueOfToken(word) !== undefined) ||
    isCueWord(word);
  if (known.size >= knownCacheSize) known.clear();
  known.set(word, result);
  return result;
}
