import { normalizeText } from "../normalize.ts";
import { NUMBER_WORDS } from "../vocabulary/time-words.ts";

/** Which proposed facts to write: all, none, or some by their numbers (1-based, ascending, each once). */
export type FactSelection =
  | { kind: "all" }
  | { kind: "none" }
  | { kind: "some"; numbers: number[] }
  /** Numbers that are not on the list: asked again rather than guessed. */
  | { kind: "out_of_range"; numbers: number[] };

const allWords = new Set(["alles", "allemaal", "alle", "all", "everything", "both", "beide", "allebei"]);
const noneWords = new Set(["geen", "niets", "niks", "none", "nothing", "neither", "geen enkele"]);
const exceptWords = new Set(["behalve", "except", "zonder", "without", "but", "not", "niet"]);
// Words around numbers that change nothing: "alleen 1 en 3", "only number 2 please", "nee, alleen 2".
const filler = new Set(
  `alleen enkel slechts only just en and of or nummer nummers nr nrs feit feiten fact facts punt punten item items
  de het the graag please ja yes ok oke okay doe do vastleggen leg vast record save opslaan sla op die those these
  deze dit this that s ik i wil want neem take kies choose pick maar nee no them ze`
    .split(/\s+/)
    .filter(Boolean),
);

function numberOf(token: string): number | undefined {
  if (/^\d{1,2}$/.test(token)) return Number(token);
  return NUMBER_WORDS[token];
}

/**
 * Reads the answer to "which facts?": "ja"/"alles" (all), "nee"/"geen" (none), "alleen 1 en 3", "1,3", "only 2",
 * "1-3", "1 t/m 3", "alles behalve 2", "all but 2". Undefined when the message is not such an answer, so it can
 * start something new.
 */
export function readFactSelection(text: string, count: number): FactSelection | undefined {
  // Ranges first, on the raw text: normalizing turns "1-3" into "1 3".
  const expanded = text.replace(
    /\b(\d{1,2})\s*(?:-|–|t\/m|tot en met|to|through)\s*(\d{1,2})\b/gi,
    (_, from: string, to: string) => {
      const [a, b] = [Number(from), Number(to)].sort((x, y) => x - y) as [number, number];
      return b - a > 20 ? `${from} ${to}` : Array.from({ length: b - a + 1 }, (_, i) => a + i).join(" ");
    },
  );
  const tokens = normalizeText(expanded).split(" ").filter(Boolean);
  if (tokens.length === 0 || tokens.length > 24) return undefined;
  let all = false;
  let none = false;
  let except = false;
  const chosen: number[] = [];
  const excluded: number[] = [];
  for (const token of tokens) {
    const n = numberOf(token);
    if (n !== undefined) (except ? excluded : chosen).push(n);
    else if (allWords.has(token)) all = true;
    else if (noneWords.has(token)) none = true;
    else if (exceptWords.has(token) && (all || chosen.length === 0)) except = true;
    else if (!filler.has(token)) return undefined;
  }
  const listed = [...chosen, ...excluded];
  const outside = listed.filter((n) => n < 1 || n > count);
  if (outside.length > 0) return { kind: "out_of_range", numbers: [...new Set(outside)] };
  if (except || (all && excluded.length > 0)) {
    const numbers = Array.from({ length: count }, (_, i) => i + 1).filter((n) => !excluded.includes(n));
    return numbers.length === 0 ? { kind: "none" } : { kind: "some", numbers };
  }
  if (chosen.length > 0) return { kind: "some", numbers: [...new Set(chosen)].sort((a, b) => a - b) };
  if (none) return { kind: "none" };
  if (all) return { kind: "all" };
  return undefined;
}
