import { defineVocabulary } from "./define-vocabulary.ts";

/** The survey's two documents: the aggression protocol (and its synonyms) and the code of conduct. */
export const surveyDocuments = defineVocabulary<"protocol" | "code_of_conduct">({
  name: "protocol words",
  entries: [
    {
      value: "protocol",
      words: [
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
      ],
    },
    {
      value: "code_of_conduct",
      words: ["gedragscode*", "code of conduct", "codes of conduct", "integriteitscode*"],
    },
  ],
  phraseKeywords: ["conduct"],
});

/** Whether token i of a normalized text is a protocol word ("step plan" spans two tokens). */
export function isProtocolToken(tokens: readonly string[], i: number): boolean {
  const token = tokens[i] ?? "";
  if (token === "protocolstatus") return false;
  if (surveyDocuments.valueOfToken(token) === "protocol") return true;
  return token === "plan" && tokens[i - 1] === "step";
}

/** Whether token i of a normalized text is a code-of-conduct word ("code of conduct" spans three). */
export function isCodeOfConductToken(tokens: readonly string[], i: number): boolean {
  const token = tokens[i] ?? "";
  if (surveyDocuments.valueOfToken(token) === "code_of_conduct") return true;
  return /^codes?$/.test(token) && tokens[i + 1] === "of" && tokens[i + 2] === "conduct";
}
