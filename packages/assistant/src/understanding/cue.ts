/*
 * A cue is a concept a message can signal ("asks which", "a meeting word", "a contact role"), matched on the
 * normalized, typo-corrected text with body names masked. Cues are values: an intent's score refers to the cue
 * itself, not to its name, so a cue that does not exist cannot be scored.
 */

/** One concept, the patterns that signal it, and its words worth correcting when mistyped. */
export type Cue = {
  readonly name: string;
  readonly id: number;
  readonly patterns: readonly RegExp[];
  readonly keywords: readonly string[];
};

/** The cues found in one message. */
export type CueSet = { has(cue: Cue): boolean };

const defined: Cue[] = [];
let compiled: RegExp[] | undefined;

const LITERAL = /^\\b([a-z ]+)(?:\\b|\\w\*)$/;

/** The words of five letters or more in the patterns that are plain words ("\\bagenda\\b", "\\bherinner\\w*"). */
function literalKeywords(patterns: readonly RegExp[]): string[] {
  return patterns.flatMap((p) => LITERAL.exec(p.source)?.[1]?.split(" ") ?? []).filter((w) => w.length >= 5);
}

/**
 * Defines a cue; every cue is defined when its module loads, before the first message is read. Its typo keywords
 * are the plain words among its patterns plus `keywords` (for words inside patterns such as "afspra(?:ak|ken)").
 */
export function defineCue(name: string, patterns: readonly RegExp[], keywords: readonly string[] = []): Cue {
  if (compiled) throw new Error(`cue ${name} was defined after the first message was read`);
  if (patterns.length === 0) throw new Error(`cue ${name} has no patterns`);
  const cue: Cue = {
    name,
    id: defined.length,
    patterns,
    keywords: [...new Set([...literalKeywords(patterns), ...keywords])],
  };
  defined.push(cue);
  return cue;
}

// One alternation per cue instead of one regex per phrase: a message is tested against every cue, so the number
// of regex runs per message matters more than any one regex.
function matchers(): RegExp[] {
  compiled ??= defined.map((cue) => new RegExp(cue.patterns.map((p) => `(?:${p.source})`).join("|")));
  return compiled;
}

/** The cues present in a masked, normalized text, and `also` those the caller found another way. */
export function detectCues(text: string, also: readonly Cue[] = []): CueSet {
  const all = matchers();
  const found = new Uint8Array(all.length);
  for (let i = 0; i < all.length; i++) if (all[i]?.test(text)) found[i] = 1;
  for (const cue of also) found[cue.id] = 1;
  return { has: (cue) => found[cue.id] === 1 };
}

/** Whether any cue reads this one word ("councils", "gebruiken"). */
export function isCueWord(word: string): boolean {
  return matchers().some((matcher) => matcher.test(word));
}

/** Every cue defined so far, for tests and the explained-words check. */
export function definedCues(): readonly Cue[] {
  return defined;
}
