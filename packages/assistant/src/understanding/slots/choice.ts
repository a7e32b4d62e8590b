import type { BodyKind } from "@weerbaar/domain";
import { functionWords } from "../function-words.ts";
import { answerWord } from "./answer-words.ts";

const ordinals: Record<string, number> = {
  eerste: 1,
  first: 1,
  een: 1,
  one: 1,
  tweede: 2,
  second: 2,
  twee: 2,
  two: 2,
  derde: 3,
  third: 3,
  drie: 3,
  three: 3,
  vierde: 4,
  fourth: 4,
  vier: 4,
  four: 4,
  vijfde: 5,
  fifth: 5,
  vijf: 5,
  five: 5,
  zesde: 6,
  sixth: 6,
  laatste: -1,
  last: -1,
  bovenste: 1,
  top: 1,
};
const filler = new Set([
  "de",
  "het",
  "the",
  "nummer",
  "number",
  "nr",
  "optie",
  "option",
  "keuze",
  "choice",
  "one",
  "die",
  "that",
  "graag",
  "please",
  "ik",
  "bedoel",
  "i",
  "mean",
  "neem",
  "take",
  "is",
  "it",
  "s",
  "deze",
  "this",
  "doe",
  "maar",
  "do",
  // "doe mij de vierde maar", "I'd go with the second": who chooses.
  "mij",
  "me",
  "d",
  // "nee, de derde", "no, the third one": a choice that corrects the one offered.
  "nee",
  "no",
  // "die eerste is 'm": the one.
  "m",
  "hem",
  // "I'll take the first one": who chooses.
  "ll",
  "will",
]);
// "nee niet die, de eerste", "not that one, the second": a negation that only sets aside the one offered.
const negations = new Set(["niet", "not"]);
const offered = new Set(["die", "deze", "dat", "dit", "that", "this"]);
const ordinalWords = new Set(Object.keys(ordinals));
// "go with the municipality", "de tweede alsjeblieft", "the province is what I meant": words around a choice.
const choiceTail = new Set(
  "go with what meant bedoelde bedoel alsjeblieft alstublieft thanks bedankt dank je take neem kies pick choose want wil graag ga voor for is i ll like gewoon just liever rather uit lijstje lijst list on your van het from cheers ta natuurlijk uiteraard obviously clearly course duh".split(
    " ",
  ),
);

function kindOf(token: string): BodyKind | undefined {
  if (/^(?:gemeente|gemeentelijke|municipality|municipal|stad|city|town)$/.test(token)) return "municipality";
  if (/^(?:provincie|provinciale|province|provincial)$/.test(token)) return "province";
  return undefined;
}

/**
 * Whether a message names one of the options by place or kind ("niet de eerste", "not the province"): a no that
 * says which is no plain no. "een" and "one" are no option of their own ("nee, een andere").
 */
export function namesOption(tokens: readonly string[]): boolean {
  return tokens.some((typed) => {
    const token = functionWords.has(typed) ? typed : (answerWord(typed, ordinalWords) ?? typed);
    return kindOf(token) !== undefined || (token in ordinals && token !== "een" && token !== "one");
  });
}

/** A numbered or kind answer to a question from the assistant: "2", "de tweede", "de provincie". */
export function readChoice(normalized: string): { index?: number; kind?: BodyKind } | undefined {
  const tokens = normalized.split(" ").filter(Boolean);
  if (tokens.length === 0 || tokens.length > 7) return undefined;
  let index: number | undefined;
  let kind: BodyKind | undefined;
  let others = 0;
  for (const [position, typed] of tokens.entries()) {
    // "niet de eerste", "de eerste niet": a negation of anything but the one offered is no choice to read.
    if (negations.has(typed)) {
      if (offered.has(tokens[position + 1] ?? "")) continue;
      return undefined;
    }
    if (offered.has(typed) && negations.has(tokens[position - 1] ?? "")) continue;
    // "twede", "teh": a typed word, unless it is a word already ("there" is no "three").
    const token = functionWords.has(typed)
      ? typed
      : (answerWord(typed, ordinalWords) ?? answerWord(typed, filler) ?? typed);
    const numbered = /^(\d{1,2})(?:st|nd|rd|th|e|de|ste)?$/.exec(token);
    if (numbered) index = Number(numbered[1]);
    else if (kindOf(token) !== undefined) kind = kindOf(token);
    else if (token in ordinals && ((token !== "een" && token !== "one") || tokens.length === 1)) {
      const value = ordinals[token];
      if (value !== undefined && value > 0) index = value;
    } else if (!filler.has(token) && !(choiceTail.has(token) && ++others <= 3)) return undefined;
  }
  if (index === 0) return undefined;
  if (index === undefined && kind === undefined) return undefined;
  return { ...(index !== undefined ? { index } : {}), ...(kind !== undefined ? { kind } : {}) };
}
