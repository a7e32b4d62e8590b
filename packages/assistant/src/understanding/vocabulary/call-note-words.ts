/*
 * The words of a call note that no single message needs: how a note opens, that a body wants something, that
 * something is to be done by a day, and the days themselves. Kept out of the typo corrector's keywords (they are
 * not in vocabularies/index.ts): a note is read sentence by sentence with the single-message vocabularies, and
 * these words only decide which of its sentences are facts.
 */
import { defineVocabulary } from "./define-vocabulary.ts";
import { MONTHS, WEEKDAY_NAMES } from "./time-words.ts";

/** What the opening of a note says happened: a call, a meeting, or nothing (a bare "Notitie:"). */
export type NoteOpening = "called" | "meeting_held" | "note";

/**
 * Openings of a note, read on the raw text's start: "Gesprek met", "Telefoongesprek met", "Notitie:", "Call with".
 * A label ("Notitie:", "Verslag:", "Notes:") needs its colon; "Gesprek met …" is a sentence of its own.
 */
export const noteOpenings: readonly { opening: NoteOpening; pattern: RegExp }[] = [
  {
    opening: "called",
    pattern:
      /^(?:telefoongesprek|telefonisch (?:contact|gesprek|overleg)|belletje|gebeld|phone call|telephone call|call|called|spoke|spoken)\s+(?:met|with|to|door|by)\b/i,
  },
  {
    opening: "meeting_held",
    pattern:
      /^(?:(?:gesprek|overleg|afspraak|kennismaking(?:sgesprek)?|bezoek|meeting|visit|met)\s+(?:met|with|aan|bij|to|at)\b|(?:aanwezig|aanwezigen|present|attendees)\b)/i,
  },
  {
    opening: "note",
    pattern:
      /^(?:notitie|notities|aantekening(?:en)?|verslag|gespreksverslag|gespreksnotitie|belnotitie|note|notes|call notes?|meeting notes?|minutes|summary)\b[^:.!?]{0,60}:/i,
  },
];

/** That a body wants support: "wil een training", "heeft interesse in moderatie", "would like help with". */
export const supportWanted = defineVocabulary<"wanted">({
  name: "support wanted",
  entries: [
    {
      value: "wanted",
      words: [
        "wil",
        "willen",
        "wilt",
        "wenst",
        "wensen",
        "graag",
        "interesse",
        "geinteresseerd",
        "behoefte",
        "vraagt",
        "vragen om",
        "gevraagd",
        "nodig",
        "openstaan",
        "staan open",
        "staat open",
        "want",
        "wants",
        "wanted",
        "would like",
        "d like",
        "interested",
        "keen",
        "asked for",
        "asks for",
        "requested",
        "need",
        "needs",
        "open to",
        "welcome",
        "verwelkomen",
      ],
      phrases: [/\bzien? .*\bwel zitten\b/, /\bzou(?:den)? .*\bwillen\b/],
    },
  ],
});

/** That a body does not want the support named: "willen geen training", "moderatie hoeft niet". */
export const supportNotWanted = defineVocabulary<"not_wanted">({
  name: "support not wanted",
  entries: [
    {
      value: "not_wanted",
      words: [
        "hoeft niet",
        "hoeven niet",
        "niet nodig",
        "geen behoefte",
        "not needed",
        "no need",
        "not interested",
      ],
      phrases: [
        /\b(?:wil|willen|wilt|wensen|wenst) (?:\w+ )?(?:geen|niet)\b/,
        /\b(?:do|does|did) not (?:want|need)\b/,
        /\bno (?:interest|need)\b/,
        /\bno (?:\w+ )?(?:support|help|ondersteuning|hulp) (?:needed|nodig)\b/,
      ],
    },
  ],
});

// "a call", "the call": a call that was, not one to make.
const CALL_VERB =
  "(?<!\\b(?:a|the|our|their|this|that|phone|telephone|conference) )call(?! (?:with|from)\\b)";

/** Something to do later: "bel … terug", "nabellen", "opnieuw contact", "call back", "follow up", "send". */
export const followUpWords = defineVocabulary<"follow_up">({
  name: "follow-up words",
  entries: [
    {
      value: "follow_up",
      words: [
        "bel",
        "belt",
        "bellen",
        "terugbellen",
        "terugbelafspraak",
        "nabellen",
        "mail",
        "mailen",
        "stuur",
        "sturen",
        "toesturen",
        "opsturen",
        "check",
        "checken",
        "navragen",
        "nagaan",
        "herinner",
        "herinneren",
        "opvolgen",
        "terugkomen",
        "contact opnemen",
        "langsgaan",
        "langs gaan",
        "inplannen",
        "vervolg*",
        "actie",
        "actiepunt",
        "todo",
        "to do",
        "deadline",
        "uiterlijk",
        "ring",
        "phone them",
        "email",
        "e mail",
        "send",
        "follow up",
        "follow ups",
        "get back",
        "reach out",
        "touch base",
        "check in",
        "circle back",
        "chase",
        "remind",
        "reconnect",
        "action",
        "due",
      ],
      phrases: [
        new RegExp(`\\b${CALL_VERB}\\b`),
        /\bneem\w* .*\bcontact op\b/,
        /\bkom\w* .*\bterug\b/,
        /\bbel\w* .*\bterug\b/,
        /\b(?:opnieuw|weer|nog eens) (?:proberen|probeer\w*)\b/,
        /\btry (?:again|once more)\b/,
        /\b(?:opnieuw|weer|nogmaals|nog een keer|nog eens) (?:bellen|contact|mailen|langs)\b/,
      ],
    },
  ],
});

const dayNumber = "(?:[1-9]|[12]\\d|3[01])";
// "Jan", "may" and "mar" are a name and everyday words: a month only next to a day number or a preposition.
const everydayMonths = new Set(["jan", "may", "mar", "maa"]);
const monthSource = Object.keys(MONTHS)
  .filter((m) => !everydayMonths.has(m))
  .sort((a, b) => b.length - a.length)
  .join("|");

/** A day a follow-up can be set for: a date, a weekday, a month (part), "volgende week", "over twee weken". */
export const followUpDays = defineVocabulary<"day">({
  name: "follow-up days",
  entries: [
    {
      value: "day",
      words: [
        ...WEEKDAY_NAMES.nl,
        ...WEEKDAY_NAMES.en,
        "morgen",
        "overmorgen",
        "tomorrow",
        "volgende week",
        "volgende maand",
        "komende week",
        "next week",
        "next month",
        "deze week",
        "this week",
      ],
      phrases: [
        new RegExp(`\\b(?:${monthSource})\\b`),
        /\b(?:\d{1,2} (?:jan|may|mar)|(?:jan|may|mar) \d{1,2}|(?:in|early|mid|late|end of|before|by) (?:may|march))\b/,
        new RegExp(`\\b${dayNumber} (?:[1-9]|1[0-2])\\b`),
        /\b(?:over|binnen) (?:een|twee|drie|vier|vijf|zes|\d+) (?:dagen|dag|weken|week|maanden|maand)\b/,
        /\bin (?:a|one|two|three|four|five|six|\d+) (?:days?|weeks?|months?)\b/,
      ],
    },
  ],
});
