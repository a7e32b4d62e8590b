import type { CodeOfConductStatus, ProtocolStatus, ProtocolUsage } from "@weerbaar/domain";
import {
  codeOfConductTermLength,
  isCodeOfConductToken,
  isProtocolToken,
  protocolTermLength,
} from "../vocabulary/protocol-words.ts";
import { deniedDormantPhrases, protocolStatusWords, protocolUsage } from "../vocabulary/usage-words.ts";

/** Survey values read from one message; `explicit*` says whether a value was stated or only implied. */
export type SurveyValues = {
  protocol?: ProtocolStatus;
  usage?: ProtocolUsage;
  codeOfConduct?: CodeOfConductStatus;
  /** The protocol was named without any qualifier ("Leudal heeft een stappenplan" has "heeft"). */
  protocolAffirmed: boolean;
  protocolMentioned: boolean;
  codeOfConductMentioned: boolean;
};

const dormantPhrases = protocolUsage.patternsOf("dormant");
const activePhrases = protocolUsage.patternsOf("active");
const preparationPhrases = protocolStatusWords.patternsOf("in_preparation");
const unknownPhrases = protocolStatusWords.patternsOf("unknown");

const negators = new Set([
  "geen",
  "niks",
  "niets",
  "nothing",
  "zonder",
  "no",
  "without",
  "niet",
  "not",
  "never",
  "nooit",
  "lacks",
  "lacking",
  "lack",
  // "neither a protocol nor a code of conduct", "noch een protocol noch een gedragscode": the second term inherits.
  "neither",
  "noch",
  "nor",
  // "municipalities missing a step plan", "bij Borsele ontbreekt een gedragscode".
  "missing",
  "ontbreekt",
  "ontbreken",
]);
const clauseBreakers = new Set([
  "maar",
  "but",
  "wel",
  "however",
  "echter",
  "terwijl",
  "whereas",
  "although",
  "hoewel",
  "yet",
]);
const possessive = new Set([
  "heeft",
  "hebben",
  "has",
  "have",
  "had",
  "met",
  "with",
  "got",
  "beschikt",
  "beschikken",
  "wel",
  "having",
  // "Nissewaard, Hoeksche Waard en Goeree-Overflakkee: allemaal een gedragscode".
  "allemaal",
  "beide",
  "both",
]);
// "en een protocol evenmin", "and no protocol either": the negation after the term.
const afterNegators = new Set([
  "ontbreekt",
  "missing",
  "nee",
  "no",
  "ontbreken",
  "absent",
  "evenmin",
  "either",
  "nope",
]);
const afterAffirm = new Set(["aanwezig", "present", "ja", "yes", "yep", "jazeker", "in"]);
// "het is niet zo dat Waalre geen protocol heeft": the whole statement denied, so what it says is turned round.
const denial =
  /\b(?:het is niet zo dat|het klopt niet dat|niet waar dat|it s not true that|it is not true that|it isn t true that|not the case that)\b|^niet dat\b/;

const answerYes = new Set(["ja", "yes", "yep", "jazeker", "jawel"]);
const answerNo = new Set(["nee", "no", "nope", "neen"]);

type TermReading = "negated" | "affirmed" | "bare" | "inherit";

// "no protocol or code of conduct", "a protocol as well as a code of conduct": the second term reads as the first.
const disjunctions = new Set(["or", "nor", "noch", "of", "well", "evenals", "alsook", "plus"]);

/** How the term at tokens i..last is qualified: negated, affirmed, bare, or as the term before it. */
function readTerm(
  tokens: readonly string[],
  i: number,
  last: number,
  isTerm: (i: number) => boolean,
): TermReading {
  // "Schagen: protocol no, code of conduct yes": an answer right after the term is its own, whatever stands before
  // (the "no" before "code of conduct" answers the protocol).
  const answer = tokens[last + 1];
  if (answer !== undefined && answerYes.has(answer) && tokens[last + 2] !== "idea") return "affirmed";
  if (answer !== undefined && answerNo.has(answer) && tokens[last + 2] !== "idea") return "negated";
  // Six words back: "a protocol as well as a code of conduct".
  for (let back = 1; back <= 6; back++) {
    const j = i - back;
    const t = tokens[j];
    if (t === undefined || clauseBreakers.has(t)) break;
    if (isTerm(j)) {
      // "no protocol or code of conduct": the negation carries over a disjunction.
      if (tokens.slice(j + 1, i).some((between) => disjunctions.has(between))) return "inherit";
      break;
    }
    if (negators.has(t)) return "negated";
  }
  // "gedragscode Dinkelland: nee": the body between the term and its answer.
  const skip = tokens[last + 1] === "xbody" ? 1 : 0;
  const next = tokens[last + 1 + skip];
  const afterNext = tokens[last + 2 + skip];
  if (next !== undefined && afterNegators.has(next)) return "negated";
  if (next === "is" && (afterNext === "missing" || afterNext === "absent")) return "negated";
  // "maar een gedragscode niet", "een protocol nog niet": the term closes its clause with the negation.
  const stillNot = next === "nog" && afterNext === "niet" ? 1 : 0;
  const closing = tokens[last + 2 + stillNot];
  // "a protocol not yet", "a code of conduct not".
  if (next === "not" && (afterNext === undefined || afterNext === "yet" || clauseBreakers.has(afterNext))) {
    return "negated";
  }
  if (
    tokens[last + 1 + stillNot] === "niet" &&
    (closing === undefined || clauseBreakers.has(closing) || closing === "en")
  ) {
    return "negated";
  }
  // "heeft Venlo niet", "has it not": a verb with a negation after the term.
  const after = tokens.slice(last + 1, last + 4);
  const verbAt = after.findIndex((t) => possessive.has(t));
  if (verbAt >= 0 && after.slice(verbAt + 1).some((t) => t === "niet" || t === "not")) return "negated";
  // A verb before the term also covers a term joined by "en"/"and": "heeft geen protocol en een gedragscode".
  for (let back = 1; back <= 6; back++) {
    const j = i - back;
    const t = tokens[j];
    if (t === undefined) break;
    if (possessive.has(t)) return "affirmed";
    if (clauseBreakers.has(t)) break;
  }
  if (next !== undefined && afterAffirm.has(next) && next !== "in") return "affirmed";
  // "dat Eindhoven een gedragscode heeft", "een protocol heeft Helmond wel": the verb right after the term.
  if (next !== undefined && possessive.has(next) && next !== "met" && next !== "with") return "affirmed";
  if (next === "in" && afterNext === "place") return "affirmed";
  return "bare";
}

function firstMatch(text: string, phrases: readonly RegExp[]): RegExpExecArray | undefined {
  let best: RegExpExecArray | undefined;
  for (const phrase of phrases) {
    const m = phrase.exec(text);
    if (m && (!best || m.index < best.index)) best = m;
  }
  return best;
}

function mask(text: string, m: RegExpExecArray, marker: string): string {
  return `${text.slice(0, m.index)} ${marker} ${text.slice(m.index + m[0].length)}`
    .replace(/ +/g, " ")
    .trim();
}

type TermPosition = { index: number; length: number; term: "protocol" | "coc" };

function nearestTerm(positions: readonly TermPosition[], at: number): TermPosition | undefined {
  let nearest: TermPosition | undefined;
  for (const p of positions) {
    if (!nearest || Math.abs(p.index - at) < Math.abs(nearest.index - at)) nearest = p;
  }
  return nearest;
}

function turnRound(result: SurveyValues): void {
  if (result.protocol === "none") result.protocol = "present";
  else if (result.protocolAffirmed && (result.protocol === undefined || result.protocol === "present")) {
    result.protocol = "none";
    result.protocolAffirmed = false;
  }
  if (result.codeOfConduct === "no") result.codeOfConduct = "yes";
  else if (result.codeOfConduct === "yes") result.codeOfConduct = "no";
}

const ownAnswerPattern = /\?\s*(?:(ja|jazeker|jawel|jep|yes|yep|yup)|(nee|neen|nope|no))\b/i;

/**
 * "heeft Oirschot een protocol? ja, net nagevraagd": the writer answers their own question, so the message is a
 * statement; undefined when no question is answered.
 */
export function ownAnswer(text: string): "yes" | "no" | undefined {
  const m = ownAnswerPattern.exec(text);
  return m ? (m[1] ? "yes" : "no") : undefined;
}

/** "of Ameland een protocol heeft? nee, dus.": a question answered no says the opposite of what it asked. */
export function withOwnAnswer(values: SurveyValues, text: string): SurveyValues {
  if (ownAnswer(text) !== "no" || !values.protocolAffirmed || values.usage !== undefined) return values;
  const turned = { ...values };
  turnRound(turned);
  return turned;
}

/** Reads protocol status, usage and code-of-conduct status from a normalized text, with local negation. */
export function extractSurveyValues(normalized: string): SurveyValues {
  let text = normalized;
  const result: SurveyValues = {
    protocolAffirmed: false,
    protocolMentioned: false,
    codeOfConductMentioned: false,
  };

  const denied = firstMatch(text, deniedDormantPhrases);
  const dormant = denied ? undefined : firstMatch(text, dormantPhrases);
  const active = dormant ? undefined : (denied ?? firstMatch(text, activePhrases));
  if (dormant) {
    result.usage = "dormant";
    text = mask(text, dormant, "#usage");
  } else if (active) {
    result.usage = "active";
    text = mask(text, active, "#usage");
  }
  const preparation = firstMatch(text, preparationPhrases);
  if (preparation) {
    result.protocol = "in_preparation";
    text = mask(text, preparation, "#prep");
  }
  const unknown = firstMatch(text, unknownPhrases);
  if (unknown) text = mask(text, unknown, "#unknown");

  const tokens = text.split(" ");
  const positions: TermPosition[] = [];
  tokens.forEach((_, i) => {
    const protocol = protocolTermLength(tokens, i);
    const code = protocol > 0 ? 0 : codeOfConductTermLength(tokens, i);
    if (protocol > 0) positions.push({ index: i, length: protocol, term: "protocol" });
    else if (code > 0) positions.push({ index: i, length: code, term: "coc" });
  });
  result.protocolMentioned = positions.some((p) => p.term === "protocol");
  result.codeOfConductMentioned = positions.some((p) => p.term === "coc");

  // "geen idee hoe dit werkt" is no survey status: "unknown" needs a protocol or code of conduct to be about.
  if (unknown && positions.length > 0) {
    const term = nearestTerm(positions, tokens.indexOf("#unknown"));
    if (term?.term === "coc") result.codeOfConduct = "unknown";
    else if (result.protocol === undefined) result.protocol = "unknown";
  }
  const isTerm = (j: number) => isProtocolToken(tokens, j) || isCodeOfConductToken(tokens, j);

  let previous: TermReading = "bare";
  for (const { index, length, term } of positions) {
    let reading = readTerm(tokens, index, index + length - 1, isTerm);
    if (reading === "inherit") reading = previous;
    previous = reading;
    if (term === "protocol") {
      // The first reading stands: "heeft wél een protocol, die oude notitie 'geen protocol' klopt niet meer".
      if (result.protocol !== undefined || result.protocolAffirmed) continue;
      if (reading === "negated") result.protocol = "none";
      else if (reading === "affirmed") result.protocolAffirmed = true;
    } else {
      if (result.codeOfConduct !== undefined) continue;
      if (reading === "negated") result.codeOfConduct = "no";
      else if (reading === "affirmed") result.codeOfConduct = "yes";
    }
  }
  if (denial.test(text)) turnRound(result);
  if (result.protocolAffirmed && result.protocol === undefined) result.protocol = "present";
  if (result.usage !== undefined && result.usage !== "unknown" && result.protocol === undefined) {
    result.protocol = "present";
  }
  return result;
}
