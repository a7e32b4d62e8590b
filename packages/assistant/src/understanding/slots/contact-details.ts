const emailPattern = /[\w.+-]+@[\w-]+(?:\.[\w-]+)+/;
const phonePattern = /(?:\+31[\s-]?|\b0)\d(?:[\s-]?\d){7,9}\b/;

/** The first e-mail address in a text. */
export function extractEmail(text: string): string | undefined {
  return emailPattern.exec(text)?.[0];
}

/** The first Dutch phone number in a text, as written. */
export function extractPhone(text: string): string | undefined {
  return phonePattern.exec(text)?.[0].trim();
}

const particles = new Set([
  "van",
  "de",
  "der",
  "den",
  "ter",
  "ten",
  "te",
  "het",
  "la",
  "le",
  "du",
  "d",
  // Arabic and Turkish names as written in Dutch: "Yasmina el Amrani", "Ahmed al Khatib", "Ayse ben Ali".
  "el",
  "al",
  "ben",
  "bin",
  "op",
  "in",
  "t",
]);

/**
 * The most likely person's name in a text: the longest run of capitalised words (with particles such as
 * "van der" inside), skipping words the caller marks as vocabulary. The caller removes body names first.
 */
export function extractPersonName(text: string, isVocabulary: (word: string) => boolean): string | undefined {
  const words = text.split(/[\s,;:()"]+/).filter(Boolean);
  let best: string[] = [];
  let run: string[] = [];
  const flush = () => {
    while (run.length > 0 && particles.has((run[run.length - 1] ?? "").toLowerCase())) run.pop();
    if (run.length > best.length) best = run;
    run = [];
  };
  for (const word of words) {
    const clean = word.replace(/[.!?]+$/, "");
    const capitalised = /^\p{Lu}[\p{L}'-]*$/u.test(clean) && !isVocabulary(clean.toLowerCase());
    if (capitalised) run.push(clean);
    else if (run.length > 0 && particles.has(clean.toLowerCase())) run.push(clean);
    else flush();
  }
  flush();
  return best.length > 0 ? best.join(" ") : undefined;
}
