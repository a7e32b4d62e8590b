import type { Body } from "./body.ts";
import { commonWordNames } from "./common-word-names.ts";
import { normalizeName } from "./normalize.ts";
import { allBodies, bodyAliases, findBodyByCode } from "./reference-data.ts";

/** One way of writing a name, with every body it may stand for. */
export type NameEntry = {
  /** Normalized words joined by single spaces, e.g. "s hertogenbosch". */
  key: string;
  /** Letters without spaces: decides how many typing errors are tolerated. */
  letterCount: number;
  /** More than one for "Utrecht", "Groningen" and bare "Bergen". Ordered by code. */
  bodies: Body[];
  /** Also an everyday word ("best", "buren"): needs a capital or "gemeente" inside a sentence. */
  commonWord: boolean;
};

/** Everything the resolver looks up, built once at module load. */
export type BodyIndex = {
  entries: ReadonlyMap<string, NameEntry>;
  /** Proper word prefixes of multi-word keys ("bergen op"), to stop a scan early. */
  prefixes: ReadonlySet<string>;
  /** Every word of every key: a typed word found here is never "corrected". */
  vocabulary: ReadonlySet<string>;
  /** Words of 5+ letters by length, the targets of typo correction. */
  correctableByLength: ReadonlyMap<number, readonly string[]>;
  /** The most words any key has. */
  maxKeyWords: number;
};

const parenthesizedSuffix = /^(.*?)\s*\([^)]*\)\s*$/;

/** Builds the lookup structures from names and aliases. */
export function buildBodyIndex(
  bodies: readonly Body[],
  aliases: readonly { alias: string; code: string }[],
): BodyIndex {
  const entries = new Map<string, NameEntry>();
  const add = (key: string, body: Body) => {
    if (!key) return;
    let entry = entries.get(key);
    if (!entry) {
      entry = {
        key,
        letterCount: key.replaceAll(" ", "").length,
        bodies: [],
        commonWord: commonWordNames.has(key),
      };
      entries.set(key, entry);
    }
    if (!entry.bodies.includes(body)) {
      entry.bodies.push(body);
      entry.bodies.sort((a, b) => a.code.localeCompare(b.code));
    }
  };
  const writings: [string, Body][] = bodies.map((body) => [body.name, body]);
  for (const { alias, code } of aliases) {
    const body = findBodyByCode(code);
    if (body) writings.push([alias, body]);
  }
  for (const [writing, body] of writings) {
    add(normalizeName(writing), body);
    // "Bergen (L.)" is also plain "Bergen", which then names both Bergens.
    const base = parenthesizedSuffix.exec(writing)?.[1];
    if (base) add(normalizeName(base), body);
  }
  for (const [key, entry] of [...entries]) {
    // "'s-Hertogenbosch" is often written "Hertogenbosch"; "Den Haag" as "denhaag".
    const derived = [
      key.startsWith("s ") ? key.slice(2) : "",
      key.includes(" ") ? key.replaceAll(" ", "") : "",
    ];
    for (const form of derived) {
      if (form && !entries.has(form)) for (const body of entry.bodies) add(form, body);
    }
  }
  const prefixes = new Set<string>();
  const vocabulary = new Set<string>();
  let maxKeyWords = 1;
  for (const key of entries.keys()) {
    const words = key.split(" ");
    maxKeyWords = Math.max(maxKeyWords, words.length);
    for (let i = 1; i < words.length; i++) prefixes.add(words.slice(0, i).join(" "));
    for (const word of words) vocabulary.add(word);
  }
  const correctableByLength = new Map<number, string[]>();
  for (const word of vocabulary) {
    if (word.length < 5) continue;
    const bucket = correctableByLength.get(word.length) ?? [];
    bucket.push(word);
    correctableByLength.set(word.length, bucket);
  }
  return { entries, prefixes, vocabulary, correctableByLength, maxKeyWords };
}

/** The index of all 354 bodies and their aliases. */
export const bodyIndex: BodyIndex = buildBodyIndex(allBodies, bodyAliases);
