import type { SupportKind } from "@weerbaar/domain";
import { defineVocabulary } from "./define-vocabulary.ts";
import { surveyDocuments } from "./protocol-words.ts";

const protocolWord = surveyDocuments.wordSourceOf("protocol");
const codeWord = surveyDocuments.wordSourceOf("code_of_conduct");
const help = "(?:hulp|help|ondersteuning|support|assistance)";
// "hulp bij het opstellen van een protocol", "help with drafting a protocol", "hulp aangeboden bij een protocol".
const article = "(?:het |een |de |a |the |their )?";
const writing =
  "(?:opstellen|schrijven|maken|drafting|writing|making|creating|drawing up|draw up|draft|write|make|create)";
const helpWith = `${help} (?:(?:\\w+ ){0,2}(?:bij|with|for|met) ${article}(?:${writing} (?:van |of )?${article})?|(?:to )?${writing} (?:up )?${article})`;

/** The support the team offers, as staff name it. */
export const supportKinds = defineVocabulary<SupportKind>({
  name: "support kinds",
  entries: [
    {
      value: "moderation",
      words: [
        "moderat*",
        "gespreksleid*",
        "facilitat*",
        "dialoogsessie",
        "moderate",
        "moderating",
        "begeleiding van het gesprek",
        "begeleiding van een gesprek",
      ],
    },
    {
      value: "protocol_help",
      phrases: [new RegExp(`${helpWith}${protocolWord}`), new RegExp(`${protocolWord} ?${help}\\b`)],
      words: [],
    },
    {
      value: "code_of_conduct_help",
      phrases: [new RegExp(`${helpWith}${codeWord}`), new RegExp(`${codeWord} ?${help}\\b`)],
      words: [],
    },
    {
      value: "training",
      words: ["training*", "trainen", "cursus*", "workshop*", "scholing", "course", "weerbaarheidstraining"],
    },
  ],
  phraseKeywords: ["moderatie", "moderation", "gespreksleiding", "trainingen", "ondersteuning", "support"],
});
