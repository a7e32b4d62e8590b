import type { BodyKind } from "@weerbaar/domain";
import { functionWords } from "../function-words.ts";
import { normalizeText } from "../normalize.ts";
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
  // "that'd be number three".
  "be",
  "would",
  // "nee, de derde", "no, the third one", "(not the first) but the second": a choice that corrects the one offered.
  "nee",
  "no",
  "but",
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
// "nummer één", "option one": after a word that numbers, "een" and "one" are the first, not "a" or "the one".
const numbering = new Set(["nummer", "number", "nr", "optie", "option", "keuze", "choice"]);

/** Whether the ordinal at `position` counts: "een" and "one" only alone or numbered ("nee, een andere" is none). */
function countsAsOrdinal(token: string, tokens: readonly string[], position: number): boolean {
  if (token !== "een" && token !== "one") return true;
  return tokens.length === 1 || numbering.has(tokens[position - 1] ?? "");
}
// "go with the municipality", "de tweede alsjeblieft", "the province is what I meant", "die tweede in de lijst",
// "I'll have the fourth one", "let's go with the third", "municipality is what I'm after": words around a choice.
const choiceTail = new Set(
  "go with what meant bedoelde bedoel alsjeblieft alstublieft thanks bedankt dank je take neem kies pick choose want wil graag ga voor for is i ll like gewoon just liever rather uit lijstje lijst list on your van het from cheers ta natuurlijk uiteraard obviously clearly course duh in op rijtje row have let say after had talking".split(
    " ",
  ),
);

/** "over" in "het over", "about" in "talking about": the topic is the choice; elsewhere they ask about it. */
function isAbout(tokens: readonly string[], position: number): boolean {
  const before = tokens[position - 1];
  return (
    (tokens[position] === "over" && before === "het") ||
    (tokens[position] === "about" && before === "talking")
  );
}

function kindOf(token: string): BodyKind | undefined {
  if (/^(?:gemeente|gemeentelijke|municipality|municipal|stad|city|town)$/.test(token)) return "municipality";
  if (/^(?:provincie|provinciale|province|provincial)$/.test(token)) return "province";
  return undefined;
}

/**
 * Whether a message names one of the options by place or kind ("niet de eerste", "not the province"): a no that
 * says which is no plain no. "een" and "one" are no option of their own ("nee, een andere") unless numbered.
 */
export function namesOption(tokens: readonly string[]): boolean {
  return tokens.some((typed, position) => {
    const token = functionWords.has(typed) ? typed : (answerWord(typed, ordinalWords) ?? typed);
    const numbered = (token !== "een" && token !== "one") || numbering.has(tokens[position - 1] ?? "");
    return kindOf(token) !== undefined || (token in ordinals && numbered);
  });
}

type Choice = { index?: number; kind?: BodyKind };

// "de derde klopt niet", "over de provincie had ik het niet", "not the first but": the words that set one option aside.
const rejecting = new Set(
  "niet not klopt wrong fout incorrect maar but had ik het over about talking was i meant bedoelde bedoel is s de the die that one deze this nee no m en and ook nummer number nr optie option".split(
    " ",
  ),
);
const rejectingWord = /^(?:niet|not|wrong|fout|incorrect)$/;

/** The one option a clause sets aside ("de derde klopt niet"), or undefined when it is anything else. */
function setAside(tokens: readonly string[]): Choice | undefined {
  if (!tokens.some((t) => rejectingWord.test(t))) return undefined;
  // "the third one is wrong": "one" is the third, not an option of its own.
  const names = (t: string, i: number) =>
    (Object.hasOwn(ordinals, t) && ((t !== "een" && t !== "one") || numbering.has(tokens[i - 1] ?? ""))) ||
    kindOf(t) !== undefined;
  if (!tokens.every((t, i) => rejecting.has(t) || names(t, i))) return undefined;
  const option = tokens.filter((t, i) => names(t, i));
  return option.length === 1 ? readPlainChoice(option) : undefined;
}

/**
 * "de tweede, de derde klopt niet", "de gemeente; over de provincie had ik het niet", "the third is wrong, the
 * first": one clause chooses, the other sets another option of the same sort aside; the one set aside is never
 * chosen. The clauses are the written ones: without the comma "the third one is wrong the first" reads both ways.
 */
function readContrast(written: string): Choice | undefined {
  const clauses = written
    .split(/[,;:.!]+|\s(?:maar|but)\s/i)
    .map((clause) => normalizeText(clause).split(" ").filter(Boolean))
    .filter((clause) => clause.length > 0);
  if (clauses.length !== 2) return undefined;
  const [first = [], second = []] = clauses;
  for (const [chosen, rejected] of [
    [first, second],
    [second, first],
  ] as const) {
    const choice = readPlainChoice(chosen);
    const aside = setAside(rejected);
    if (!choice || !aside) continue;
    const sameSort =
      (choice.index === undefined) === (aside.index === undefined) &&
      (choice.kind === undefined) === (aside.kind === undefined);
    if (sameSort && (choice.index !== aside.index || choice.kind !== aside.kind)) return choice;
  }
  return undefined;
}

/**
 * A numbered or kind answer to a question from the assistant: "2", "de tweede", "de provincie"; with the message
 * as written, also one option chosen and another set aside ("de tweede, de derde klopt niet").
 */
export function readChoice(normalized: string, written?: string): Choice | undefined {
  const plain = readPlainChoice(normalized.split(" ").filter(Boolean));
  return plain ?? (written === undefined ? undefined : readContrast(written));
}

function readPlainChoice(tokens: readonly string[]): Choice | undefined {
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
    else if (token in ordinals && countsAsOrdinal(token, tokens, position)) {
      const value = ordinals[token];
      if (value !== undefined && value > 0) index = value;
    } else if (isAbout(tokens, position)) {
      // "ik had het over de provincie", "I was talking about the second": which one, said as a topic.
    } else if (!filler.has(token) && !(choiceTail.has(token) && ++others <= 3)) return undefined;
  }
  if (index === 0) return undefined;
  if (index === undefined && kind === undefined) return undefined;
  return { ...(index !== undefined ? { index } : {}), ...(kind !== undefined ? { kind } : {}) };
}
