/** A sentence of a note as written, with its position in the note. */
export type NoteSentence = { text: string; start: number };

// Words that end in a full stop without ending a sentence ("dhr. Jansen", "o.a. de griffier", "tel. 0478").
const abbreviations = new Set(
  `dhr mevr mw mr mrs ms dr drs ir ing prof bijv bv ca tel nr nrs etc vs zsm ivm oa ed mbt tav incl excl evt
  jl st vgl resp ong min max e.g i.e o.a i.v.m z.s.m m.b.t t.a.v e.d a.s n.a.v d.w.z m.i.v`
    .split(/\s+/)
    .filter(Boolean),
);

/** Where a sentence may end: a full stop, question or exclamation mark, or semicolon, then a space or the end. */
const terminator = /[.!?;]+(?=\s|$)|\s[•·]\s/g;

function endsWithAbbreviation(text: string, at: number): boolean {
  const word = /(?:^|[\s(])([\p{L}.]+)$/u.exec(text.slice(0, at))?.[1];
  if (!word) return false;
  // A lone initial: "M. Peters".
  if (/^\p{Lu}$/u.test(word)) return true;
  return abbreviations.has(word.toLowerCase());
}

/**
 * The sentences of a note, in order: split after a full stop, question or exclamation mark, semicolon or bullet,
 * but not after an abbreviation or an initial, nor inside an e-mail address, a number or a web address (no space
 * follows those dots). Empty pieces are left out.
 */
export function splitSentences(text: string): NoteSentence[] {
  const sentences: NoteSentence[] = [];
  let start = 0;
  const push = (end: number) => {
    const piece = text.slice(start, end);
    const lead = piece.length - piece.trimStart().length;
    const trimmed = piece.trim();
    if (/[\p{L}\p{N}]/u.test(trimmed)) sentences.push({ text: trimmed, start: start + lead });
  };
  for (const match of text.matchAll(terminator)) {
    const at = match.index;
    const isBullet = match[0].trim() === "•" || match[0].trim() === "·";
    if (!isBullet && match[0] === "." && endsWithAbbreviation(text, at)) continue;
    push(isBullet ? at : at + match[0].length);
    start = at + match[0].length;
  }
  push(text.length);
  return sentences;
}

/** Whether a text may have two sentences or more; one regex test, for every message that is not a note. */
export function mayHoldSentences(text: string): boolean {
  return /[.!?;:]\s+\S|\s[•·]\s/.test(text);
}
