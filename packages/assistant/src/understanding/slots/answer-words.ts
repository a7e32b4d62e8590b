import { osaDistance } from "@weerbaar/domain";

// "neee", "noo", "jaaa": a letter held down. Tried with runs shortened to two letters and to one.
function withoutHeldLetters(token: string): string[] {
  // "nnee", "jja": a doubled first letter is a key pressed twice. "jaah", "jah": a breath after the vowel.
  const unbreathed = token.replace(/([aeiou])h$/, "$1");
  return [
    token.replace(/(.)\1{2,}/g, "$1$1"),
    token.replace(/(.)\1+/g, "$1"),
    token.replace(/^(.)\1+/, "$1"),
    ...(unbreathed === token ? [] : [unbreathed, unbreathed.replace(/(.)\1+/g, "$1")]),
  ];
}

function isSwapOf(token: string, word: string): boolean {
  return (
    token.length === word.length &&
    osaDistance(token, word, 1) === 1 &&
    [...token].sort().join() === [...word].sort().join()
  );
}

/**
 * The word of a short answer's vocabulary a token stands for ("plaese" → "please", "neee" → "nee", "teh" → "the"),
 * or undefined. Answers are a few words typed fast: a held letter, a swap of two letters, or (from five letters)
 * one letter more, less or different is still the word.
 */
export function answerWord(
  token: string,
  words: ReadonlySet<string> | readonly string[],
): string | undefined {
  const set = words instanceof Set ? words : new Set(words as readonly string[]);
  if (set.has(token)) return token;
  for (const form of withoutHeldLetters(token)) if (set.has(form)) return form;
  if (token.length < 3 || /\d/.test(token)) return undefined;
  for (const word of set) {
    if (word.length < 3) continue;
    if (isSwapOf(token, word)) return word;
    if (token.length >= 5 && word.length >= 5 && osaDistance(token, word, 1) <= 1) return word;
  }
  return undefined;
}
