/*
 * "niet morgen maar vrijdag", "geen beheerder maar meelezer", "this week, not next week", "don't turn them off,
 * turn them on": a value named only to be rejected, next to the value meant. Every reader after this one would
 * otherwise see both and may take the first; so the rejected value and its negation are blanked out first, with
 * spaces of the same length, so positions of names in the text stay where they were.
 */

import { foldText } from "./normalize.ts";
import { contactRoles } from "./vocabulary/contact-roles.ts";
import { staffRoles } from "./vocabulary/staff-roles.ts";
import { supportKinds } from "./vocabulary/support-kinds.ts";
import { ENGLISH_WEEKDAYS, NUMBER_WORDS, WEEKDAYS } from "./vocabulary/time-words.ts";

const NEGATOR =
  /^(?:niet|geen|not|no|nee|don't|dont|didn't|didnt|doesn't|doesnt|never|nooit|can't|cant|cannot|won't|wont)$/;
// "kan vrijdag toch niet", "kan donderdag helaas niet": a word between the value and its negation.
const SOFTENERS = new Set(["toch", "helaas", "echt", "dus", "nu", "ook", "unfortunately"]);

const CAN = /^(?:kan|kunnen|lukt|gaat|past|can|cannot|won't)$/;
const dayWords = new Set([
  ...Object.keys(WEEKDAYS),
  ...Object.keys(ENGLISH_WEEKDAYS),
  "morgen",
  "tomorrow",
  "vandaag",
  "today",
  "overmorgen",
]);
const ordinals = new Set(
  "eerste tweede derde vierde vijfde zesde first second third fourth fifth sixth".split(" "),
);
const switchWords = new Set(["aan", "uit", "on", "off"]);
const bodyKinds = new Set(["gemeente", "provincie", "municipality", "province"]);
const aggregateWords = new Set(["per", "totaal", "total", "landelijk", "overall", "nationaal"]);
const rangeStarts = new Set(["deze", "volgende", "komende", "this", "next", "coming"]);

type Word = { text: string; start: number; end: number };

// "aan"/"on" are everywhere ("Horst aan de Maas", "behoefte aan"): only a message about reminders switches them.
const REMINDERS = /herinner|melding|notifica|reminder|alert|digest|overzicht|overview/;

// "niet om 2 maar om 3 uur", "not at 10 but at 11": a clock hour after "om"/"at".
const CLOCK_BEFORE = new Set(["om", "at"]);
const CLOCK_AFTER = new Set(["uur", "u", "pm", "am", "h"]);
const CLOCK_WORDS = new Set(["half", "kwart", "quarter", ...Object.keys(NUMBER_WORDS)]);

/** The kind of alternative a word is one of ("day", "staffRole", ...), or undefined. */
function alternativeOf(words: readonly Word[], i: number, aboutReminders: boolean): string | undefined {
  const word = words[i]?.text;
  if (word === undefined) return undefined;
  if (dayWords.has(word)) return "day";
  if (
    /^\d{1,2}$/.test(word) &&
    (CLOCK_BEFORE.has(words[i - 1]?.text ?? "") || CLOCK_AFTER.has(words[i + 1]?.text ?? ""))
  )
    return "clock";
  // "not at 11 but at half past one", "niet om 3 maar om kwart over 4".
  if (CLOCK_WORDS.has(word) && CLOCK_BEFORE.has(words[i - 1]?.text ?? "")) return "clock";
  if (rangeStarts.has(word) && words[i + 1]?.text === "week") return "range";
  if (ordinals.has(word)) return "ordinal";
  if (switchWords.has(word)) return aboutReminders ? "switch" : undefined;
  if (bodyKinds.has(word)) return "kind";
  if (aggregateWords.has(word)) return "aggregate";
  if (staffRoles.valueOfToken(word) !== undefined) return "staffRole";
  // "read only", "alleen lezen": a role of two words, starting here.
  const next = words[i + 1]?.text;
  if (next && staffRoles.firstListed(`${word} ${next}`) && !staffRoles.firstListed(next)) return "staffRole";
  if (contactRoles.valueOfToken(word) !== undefined) return "contactRole";
  if (supportKinds.valueOfToken(word) !== undefined) return "support";
  return undefined;
}

// Positions are those of the text as given: each word is folded on its own.
function wordsOf(text: string): Word[] {
  return [...text.matchAll(/[\p{L}\p{N}'’]+/gu)].map((m) => ({
    text: foldText(m[0]),
    start: m.index ?? 0,
    end: (m.index ?? 0) + m[0].length,
  }));
}

function findAlternative(
  words: readonly Word[],
  aboutReminders: boolean,
  from: number,
  to: number,
  kind?: string,
): number {
  for (let j = Math.max(0, from); j <= Math.min(words.length - 1, to); j++) {
    const found = alternativeOf(words, j, aboutReminders);
    if (found !== undefined && (kind === undefined || found === kind)) return j;
  }
  return -1;
}

type Rejection = { words: Word[]; blank: Set<number>; kinds: Set<string> };

function findRejections(text: string): Rejection {
  const words = wordsOf(text);
  const kinds = new Set<string>();
  const aboutReminders = REMINDERS.test(foldText(text));
  const blank = new Set<number>();
  for (let i = 0; i < words.length; i++) {
    if (!NEGATOR.test(words[i]?.text ?? "")) continue;
    // "kan donderdag niet, maak er vrijdag van": the value before the negation, another after it.
    let ahead = i - 1;
    while (SOFTENERS.has(words[ahead]?.text ?? "")) ahead--;
    if (["op", "om", "on", "at"].includes(words[ahead]?.text ?? "")) ahead--;
    const aheadKind = alternativeOf(words, ahead, aboutReminders);
    if (aheadKind !== undefined && CAN.test(words[ahead - 1]?.text ?? "")) {
      if (findAlternative(words, aboutReminders, i + 1, i + 8, aheadKind) >= 0) {
        blank.add(i);
        blank.add(ahead);
        kinds.add(aheadKind);
        continue;
      }
    }
    const rejected = findAlternative(words, aboutReminders, i + 1, i + 5);
    if (rejected < 0) continue;
    const kind = alternativeOf(words, rejected, aboutReminders);
    // The value meant stands after the rejected one ("niet morgen maar vrijdag"), or just before the negation of
    // the one right after it ("deze week, niet volgende week").
    const after = findAlternative(words, aboutReminders, rejected + 2, rejected + 8, kind);
    const before = rejected <= i + 2 ? findAlternative(words, aboutReminders, i - 6, i - 1, kind) : -1;
    if (after < 0 && before < 0) continue;
    blank.add(i);
    blank.add(rejected);
    if (kind !== undefined) kinds.add(kind);
    // "niet om 2": the "om" goes with the hour, or the time reader would read "om maar".
    if (kind === "clock") blank.add(rejected - 1);
    // "per provincie", "next week": the rejected value is two words.
    if (kind === "aggregate" && words[rejected]?.text === "per") blank.add(rejected + 1);
    if (kind === "range") blank.add(rejected + 1);
  }
  return { words, blank, kinds };
}

/**
 * The kinds of value the text rules out in favour of another ("day", "clock", "staffRole", ...): "niet om 2 maar
 * om 3 uur" replaces a time, which says a meeting is moved.
 */
export function rejectedKinds(text: string): ReadonlySet<string> {
  return findRejections(text).kinds;
}

/** The text with each rejected alternative and its negation blanked out (same length, same positions). */
export function withoutRejectedAlternatives(text: string): string {
  const { words, blank } = findRejections(text);
  if (blank.size === 0) return text;
  let result = text;
  for (const i of blank) {
    const word = words[i];
    if (word)
      result = `${result.slice(0, word.start)}${" ".repeat(word.end - word.start)}${result.slice(word.end)}`;
  }
  return result;
}
