const contractions: readonly (readonly [RegExp, string])[] = [
  [/\b(can)'?t\b/g, "can not"],
  [/\bwon'?t\b/g, "will not"],
  [/\b(\w+)n't\b/g, "$1 not"],
  [/\b(does|do|did|has|have|is|are|was|were|had)nt\b/g, "$1 not"],
  [/\bwhats\b/g, "what s"],
  [/\bim\b/g, "i m"],
  [/\bw\/o\b/g, "without"],
];

// Chat shorthand, as a word of its own after punctuation is gone: "pls", "thx", "gem.", "stand v zaken".
const shorthand: ReadonlyMap<string, string> = new Map([
  ["pls", "please"],
  ["plz", "please"],
  ["thx", "thanks"],
  ["tnx", "thanks"],
  ["aub", "alsjeblieft"],
  ["svp", "alsjeblieft"],
  ["gem", "gemeente"],
  ["gemn", "gemeenten"],
  // A plural mistyped as the singular plus s would be corrected to the singular, and ask about one body.
  ["municipalitys", "municipalities"],
  ["nr", "nummer"],
  ["vlg", "volgende"],
  ["admn", "admin"],
  ["beln", "bellen"],
  ["vlgnde", "volgende"],
  ["prov", "provincie"],
  ["v", "van"],
  ["ff", "even"],
  ["gen", "geen"],
  ["wk", "week"],
  ["mn", "mijn"],
  ["m n", "mijn"],
  ["tmrw", "tomorrow"],
  ["tmw", "tomorrow"],
  ["mrgn", "morgen"],
  ["vd", "van de"],
  ["mtg", "meeting"],
  ["appt", "appointment"],
]);

/** Lowercases, strips diacritics, folds typographic quotes; keeps the text's characters otherwise. */
export function foldText(text: string): string {
  return text
    .normalize("NFKD")
    .replace(/\p{M}+/gu, "")
    .replace(/[’‘`´]/g, "'")
    .toLowerCase();
}

/**
 * The form the keyword scorer reads: lowercase, no diacritics, English contractions expanded,
 * punctuation turned into spaces (except `%`), spaces collapsed.
 */
export function normalizeText(text: string): string {
  // "Groningse gem. zonder stappenplan": after a province adjective, "gem." is the municipalities of it.
  let folded = foldText(text).replace(/\b(\w+se) gem\b\.?/g, "$1 gemeenten");
  for (const [pattern, replacement] of contractions) folded = folded.replace(pattern, replacement);
  return (
    folded
      .replace(/[^\p{L}\p{N}%]+/gu, " ")
      .replace(/\s+/g, " ")
      .trim()
      .split(" ")
      // "this weeek", "helppp": a key held down writes a letter three times or more; no word has that.
      .map((word) => word.replace(/(\p{L})\1{2,}/gu, "$1$1"))
      .map((word) => shorthand.get(word) ?? word)
      .join(" ")
  );
}

/** The words of a normalized text. */
export function tokenize(normalized: string): string[] {
  return normalized.length === 0 ? [] : normalized.split(" ");
}
