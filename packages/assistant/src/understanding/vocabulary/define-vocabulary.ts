/*
 * A vocabulary is the one table of the words for one concept (contact roles, support kinds, ...). Cue patterns,
 * slot extractors and typo-correction keywords are all generated from it, so a word added here is known to the
 * scorer, the extractor and the typo corrector at once.
 *
 * Words are written as they look after normalizeText (lowercase, no diacritics, punctuation as spaces). A word
 * ending in "*" is a stem ("gedragscode*" also matches "gedragscodes"). Phrases are regular expressions for what
 * a word list cannot say ("ligt ... op de plank").
 */

/** The words and phrases that name one value of a concept. */
export type VocabularyEntry<V extends string> = {
  value: V;
  words: readonly string[];
  phrases?: readonly RegExp[];
};

/** What defineVocabulary is given. */
export type VocabularyDefinition<V extends string> = {
  /** The concept, for messages and tests. */
  name: string;
  entries: readonly VocabularyEntry<V>[];
  /** Words that mention the concept without naming a value ("commissaris" is a role word with no role here). */
  mentions?: readonly string[];
  /** Words never used as typo targets: too close to everyday words ("lezer" would swallow "lezen"). */
  exactOnly?: readonly string[];
  /** Words inside the phrases that are worth correcting too ("geweest" of "is geweest"). */
  phraseKeywords?: readonly string[];
};

/** A concept's vocabulary with everything generated from it. */
export type Vocabulary<V extends string> = {
  readonly name: string;
  readonly values: readonly V[];
  /** Every pattern of the concept (each entry's words and phrases, and the mentions): for cues. */
  readonly patterns: readonly RegExp[];
  /** The patterns of one value: for cues of one value. */
  patternsOf(value: V): readonly RegExp[];
  /** The regex source matching any word of one value (no phrases), to build larger phrases from. */
  wordSourceOf(value: V): string;
  /** The value named earliest in a normalized text; on a tie, the entry listed first. */
  earliest(normalized: string): V | undefined;
  /** The first entry (in table order) that the text names. */
  firstListed(normalized: string): V | undefined;
  /** Every value named, in table order, once each. */
  all(normalized: string): V[];
  /** The value a single normalized token is, or undefined. */
  valueOfToken(token: string): V | undefined;
  /** Whole words of five letters or more: typo-correction targets. */
  readonly keywords: readonly string[];
  /** Every single word the concept knows (stems without their "*"), for the explained-words check. */
  readonly words: readonly string[];
};

function escapeRegex(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

/** The regex source of one word: a stem ends in \w*, a word ends at a word boundary. */
export function wordSource(word: string): string {
  return word.endsWith("*") ? `\\b${escapeRegex(word.slice(0, -1))}\\w*` : `\\b${escapeRegex(word)}\\b`;
}

/** One regex for a list of words, longest first so a longer form wins at the same position. */
export function wordsPattern(words: readonly string[]): RegExp | undefined {
  if (words.length === 0) return undefined;
  const sorted = [...words].sort((a, b) => b.length - a.length);
  return new RegExp(sorted.map(wordSource).join("|"));
}

function entryPatterns(entry: VocabularyEntry<string>): RegExp[] {
  const words = wordsPattern(entry.words);
  return [...(words ? [words] : []), ...(entry.phrases ?? [])];
}

function firstIndex(patterns: readonly RegExp[], text: string): number {
  let best = -1;
  for (const pattern of patterns) {
    const m = pattern.exec(text);
    if (m && (best === -1 || m.index < best)) best = m.index;
  }
  return best;
}

/** Builds a concept's vocabulary: patterns, extractors and keywords from one table. */
export function defineVocabulary<V extends string>(definition: VocabularyDefinition<V>): Vocabulary<V> {
  const perEntry = definition.entries.map((entry) => ({
    value: entry.value,
    patterns: entryPatterns(entry),
  }));
  const mentions = wordsPattern(definition.mentions ?? []);
  const patterns = [...perEntry.flatMap((e) => e.patterns), ...(mentions ? [mentions] : [])];
  const exactOnly = new Set(definition.exactOnly ?? []);
  const allWords = [...definition.entries.flatMap((e) => e.words), ...(definition.mentions ?? [])];
  const singleWords = allWords.filter((w) => !w.includes(" ")).map((w) => w.replace(/\*$/, ""));
  // "safety oficer": the long words of a phrase are typo targets too (the corrector leaves dictionary words alone).
  const phraseWords = allWords
    .filter((w) => w.includes(" "))
    .flatMap((w) => w.split(" "))
    .filter((w) => w.length >= 6 && !w.endsWith("*"));
  const tokenValues = new Map<string, V>();
  const stemValues: [string, V][] = [];
  for (const entry of definition.entries) {
    for (const word of entry.words) {
      if (word.includes(" ")) continue;
      if (word.endsWith("*")) stemValues.push([word.slice(0, -1), entry.value]);
      else if (!tokenValues.has(word)) tokenValues.set(word, entry.value);
    }
  }
  return {
    name: definition.name,
    values: definition.entries.map((e) => e.value),
    patterns,
    patternsOf: (value) => perEntry.find((e) => e.value === value)?.patterns ?? [],
    wordSourceOf: (value) =>
      `(?:${wordsPattern(definition.entries.find((e) => e.value === value)?.words ?? [])?.source ?? "(?!)"})`,
    earliest(text) {
      let best: { index: number; value: V } | undefined;
      for (const entry of perEntry) {
        const index = firstIndex(entry.patterns, text);
        if (index >= 0 && (!best || index < best.index)) best = { index, value: entry.value };
      }
      return best?.value;
    },
    firstListed: (text) => perEntry.find((e) => e.patterns.some((p) => p.test(text)))?.value,
    all: (text) => perEntry.filter((e) => e.patterns.some((p) => p.test(text))).map((e) => e.value),
    valueOfToken(token) {
      const exact = tokenValues.get(token);
      if (exact !== undefined) return exact;
      return stemValues.find(([stem]) => token.startsWith(stem))?.[1];
    },
    keywords: [
      ...new Set(
        [...singleWords, ...phraseWords, ...(definition.phraseKeywords ?? [])].filter(
          (w) => w.length >= 5 && !exactOnly.has(w),
        ),
      ),
    ],
    words: [...new Set(singleWords)],
  };
}
