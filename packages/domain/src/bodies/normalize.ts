/** One word of a text, folded for matching, with its place in the original text. */
export type Token = {
  /** Lower case, diacritics removed: "Súdwest" becomes "sudwest". */
  text: string;
  /** Offset of the first character in the original text. */
  start: number;
  /** Offset just past the last character in the original text. */
  end: number;
  /** Written with a leading capital, which marks a common word as a name. */
  capitalized: boolean;
};

const letterOrDigit = /[\p{L}\p{N}]/u;
const combiningMark = /\p{M}/gu;
const upperCase = /\p{Lu}/u;

/** Folds one character: "Â" becomes "a"; anything but a letter or digit becomes "". */
function foldChar(char: string): string {
  const code = char.charCodeAt(0);
  if (code < 128) {
    if (code >= 65 && code <= 90) return String.fromCharCode(code + 32);
    if ((code >= 97 && code <= 122) || (code >= 48 && code <= 57)) return char;
    return "";
  }
  if (!letterOrDigit.test(char)) return "";
  return char.normalize("NFD").replace(combiningMark, "").toLowerCase();
}

/**
 * Splits a text into folded words. Apostrophes, hyphens, dots, commas, slashes and brackets all
 * separate words, so "'s-Hertogenbosch", "s hertogenbosch" and "’s-Hertogenbosch" give the same tokens.
 */
export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  let current = "";
  let start = -1;
  let capitalized = false;
  let index = 0;
  for (const char of text) {
    const folded = foldChar(char);
    if (folded) {
      if (start < 0) {
        start = index;
        capitalized = upperCase.test(char);
      }
      current += folded;
    } else if (start >= 0) {
      tokens.push({ text: current, start, end: index, capitalized });
      current = "";
      start = -1;
    }
    index += char.length;
  }
  if (start >= 0) tokens.push({ text: current, start, end: index, capitalized });
  return tokens;
}

/** The matching key of a name: its folded words joined by single spaces ("Bergen (L.)" → "bergen l"). */
export function normalizeName(name: string): string {
  return tokenize(name)
    .map((token) => token.text)
    .join(" ");
}
