import { osaDistance } from "@weerbaar/domain";
import { definedCues, isCueWord } from "./cue.ts";
import { functionWords } from "./function-words.ts";
import { isDictionaryWord } from "./spelling/dictionary.ts";
// Loads every intent module, so every cue (and its keywords) is defined before the first correction.
import "./intents/index.ts";
import { vocabularies } from "./vocabulary/index.ts";

// Inflected words one edit away from a keyword that the dictionary does not list (it holds stems and some forms):
// they must stay what they are.
const protectedWords = new Set(
  `heb heeften uitnodigen brieven mormon stuurde reacties wordt protocollen kaartje briefje gebruikers herindelingen`
    .split(/\s+/)
    .filter(Boolean),
);

// Dictionary words that here are a keyword mistyped: a "calender" is a machine, a "meting" a measurement.
const typedForKeyword = new Set(["calender", "meting", "belle", "afspaak"]);

// Read by the survey values' negation and possession, not by a cue.
const grammarKeywords = ["zonder", "without", "hebben", "heeft"];

let keywordList: readonly string[] | undefined;
let keywordSet: ReadonlySet<string> = new Set();

/**
 * The words worth correcting (5+ letters): every vocabulary's words and every cue's keywords. Only these are
 * targets: a typo can become a keyword, never a name.
 */
export function typoKeywords(): readonly string[] {
  if (!keywordList) {
    keywordList = [
      ...new Set([
        ...vocabularies.flatMap((v) => v.keywords),
        ...definedCues().flatMap((c) => c.keywords),
        ...grammarKeywords,
      ]),
    ].filter((w) => w.length >= 5);
    keywordSet = new Set(keywordList);
  }
  return keywordList;
}

const corrections = new Map<string, string>();
const correctionCacheSize = 5000;

/** Whether a word is one of the typo corrector's keywords. */
export function isTypoKeyword(word: string): boolean {
  typoKeywords();
  return keywordSet.has(word);
}

// Short words that carry a request ("wat kan", "what does"), and "help": typed fast, two letters come out swapped
// ("kna", "waht", "dose", "hepl"). Only a swap is corrected below five letters; anything else is too likely a word.
const shortWords = "wat kan kun wie hoe nog what can you does how who the help hulp call bel town".split(" ");

function swappedShortWord(token: string): string | undefined {
  return shortWords.find(
    (word) =>
      word.length === token.length &&
      word !== token &&
      osaDistance(token, word, 1) === 1 &&
      isSwap(token, word),
  );
}

/** The keyword a mistyped token most likely was, or the token itself. */
export function correctToken(token: string): string {
  if (token.length < 5 && token.length >= 3 && !/\d/.test(token) && !functionWords.has(token)) {
    return swappedShortWord(token) ?? token;
  }
  if (token.length < 5 || /\d/.test(token)) return token;
  const known = corrections.get(token);
  if (known !== undefined) return known;
  const corrected = nearestKeyword(token);
  // Chat repeats its words: remember them, within bounds.
  if (corrections.size >= correctionCacheSize) corrections.clear();
  corrections.set(token, corrected);
  return corrected;
}

function isSwap(token: string, word: string): boolean {
  return word.length === token.length && [...word].sort().join("") === [...token].sort().join("");
}

function sharedEnds(a: string, b: string): number {
  let prefix = 0;
  while (prefix < a.length && a[prefix] === b[prefix]) prefix++;
  let suffix = 0;
  while (suffix < a.length - prefix && a[a.length - 1 - suffix] === b[b.length - 1 - suffix]) suffix++;
  return prefix + suffix;
}

// A swap of two neighbouring letters ("agneda", "contcat") is one typing error, as it is for body names. Between
// keywords equally near, the one that keeps more of the word's beginning and end wins: "gemeentn" lost a letter
// of "gemeenten" rather than mistyping the last one of "gemeente".
function nearestKeyword(token: string): string {
  const keywords = typoKeywords();
  if (keywordSet.has(token) || protectedWords.has(token) || isCueWord(token)) return token;
  // "switched", "turned": a keyword's English past tense or gerund is another word, not a typo of it.
  if (keywords.some((k) => token.startsWith(k) && /^(?:ed|d|ing)$/.test(token.slice(k.length)))) return token;
  const allowed = token.length >= 8 ? 2 : 1;
  let best = token;
  let bestDistance = allowed + 1;
  let bestEnds = -1;
  for (const keyword of keywords) {
    if (Math.abs(keyword.length - token.length) > allowed) continue;
    const d = osaDistance(token, keyword, allowed);
    if (d > allowed || d > bestDistance) continue;
    // Two letters swapped is the likeliest slip: "gemeentne" is "gemeenten", not "gemeente" with a letter more.
    const ends = sharedEnds(token, keyword) + (isSwap(token, keyword) ? token.length : 0);
    if (d < bestDistance || ends > bestEnds) {
      best = keyword;
      bestDistance = d;
      bestEnds = ends;
    }
  }
  // "vertellen" is one letter from "vervallen" and a word of its own: only what no dictionary knows is a typo,
  // besides the few words that in this team's chat are nearly always one ("meting" for "meeting").
  if (best === token || typedForKeyword.has(token)) return best;
  return isDictionaryWord(token) ? token : best;
}

/** Corrects every keyword-like token of a normalized text. */
export function correctTypos(normalized: string): string {
  return normalized
    .split(" ")
    .map((token) => correctToken(token))
    .join(" ");
}
