import { defineVocabulary } from "./define-vocabulary.ts";

const protocolWords = [
  "protocol",
  "protocollen",
  "protocols",
  "agressieprotocol*",
  "agressie protocol",
  "agressie protocollen",
  "protocol agressie en intimidatie",
  "aggression protocol",
  "stappenplan*",
  "draaiboek*",
  "playbook",
  "playbooks",
  "step plan",
  "protocolstatus",
];
const codeOfConductWords = [
  "gedragscode*",
  "code of conduct",
  "codes of conduct",
  "integriteitscode*",
  "integrity code*",
];

/** The survey's two documents: the aggression protocol (and its synonyms) and the code of conduct. */
export const surveyDocuments = defineVocabulary<"protocol" | "code_of_conduct">({
  name: "protocol words",
  entries: [
    { value: "protocol", words: protocolWords },
    { value: "code_of_conduct", words: codeOfConductWords },
  ],
  phraseKeywords: ["conduct"],
});

// The forms of more than one word ("code of conduct", "step plan"), as tokens: a term is read where one starts.
const formsOf = (words: readonly string[]) => words.filter((w) => w.includes(" ")).map((w) => w.split(" "));
const protocolForms = formsOf(protocolWords);
const codeOfConductForms = formsOf(codeOfConductWords);

/** The number of tokens of the longest form starting at token i, or 0. */
function formAt(tokens: readonly string[], i: number, forms: readonly (readonly string[])[]): number {
  let longest = 0;
  for (const form of forms) {
    const matches = form.every((word, k) => {
      const token = tokens[i + k];
      if (token === undefined) return false;
      return word.endsWith("*") ? token.startsWith(word.slice(0, -1)) : token === word;
    });
    if (matches && form.length > longest) longest = form.length;
  }
  return longest;
}

/** How many tokens the protocol word starting at token i spans ("step plan" two), or 0 when none starts there. */
export function protocolTermLength(tokens: readonly string[], i: number): number {
  const token = tokens[i] ?? "";
  if (token === "protocolstatus") return 0;
  const form = formAt(tokens, i, protocolForms);
  return form > 0 ? form : surveyDocuments.valueOfToken(token) === "protocol" ? 1 : 0;
}

/** How many tokens the code-of-conduct word starting at token i spans ("code of conduct" three), or 0. */
export function codeOfConductTermLength(tokens: readonly string[], i: number): number {
  const form = formAt(tokens, i, codeOfConductForms);
  return form > 0 ? form : surveyDocuments.valueOfToken(tokens[i] ?? "") === "code_of_conduct" ? 1 : 0;
}

/** Whether token i of a normalized text is a protocol word, or starts one of several words ("step plan"). */
export function isProtocolToken(tokens: readonly string[], i: number): boolean {
  return protocolTermLength(tokens, i) > 0;
}

/** Whether token i of a normalized text is a code-of-conduct word, or starts one ("code of conduct"). */
export function isCodeOfConductToken(tokens: readonly string[], i: number): boolean {
  return codeOfConductTermLength(tokens, i) > 0;
}
