import { defineVocabulary } from "./define-vocabulary.ts";

/** How a present protocol is used: on the shelf (dormant) or in use (active). */
export const protocolUsage = defineVocabulary<"dormant" | "active">({
  name: "usage words",
  entries: [
    {
      value: "dormant",
      words: [
        "op de plank",
        "slapend*",
        "dormant",
        "unused",
        "inactive",
        "on the shelf",
        "gathering dust",
        "stof",
        "sleeping",
        "dead letter",
        "dode letter",
      ],
      phrases: [
        /\b(?:ligt|liggen|ligge) (?:\w+ ){0,2}op de plank\b/,
        /\b(?:niet|nauwelijks|amper|nooit) (?:meer |echt )?(?:in gebruik|gebruikt|actief|toegepast|nageleefd)\b/,
        /\bwordt (?:\w+ )?niet (?:\w+ )?(?:gebruikt|toegepast|nageleefd)\b/,
        /\b(?:gebruiken|doen|doet) (?:ze |we |hij |het )?(?:er )?(?:niet|niets|niks)\b/,
        /\bgebruik(?:t|en) (?:\w+ ){0,3}(?:niet|nauwelijks)\b/,
        /\b(?:do|does|did) not (?:\w+ )?use\b/,
        /\b(?:not|never|hardly|barely|rarely) (?:\w+ )?(?:used|in use|active|actively used|applied|followed)\b/,
      ],
    },
    {
      value: "active",
      words: ["actief", "actieve", "active", "actively", "in gebruik", "in use", "use it", "levend"],
      phrases: [
        /\bwordt (?:\w+ )?(?:gebruikt|toegepast|nageleefd)\b/,
        /\bgebruiken (?:het|hem|dat|die)\b/,
        /\b(?:is|are) (?:\w+ )?(?:used|applied|followed)\b/,
      ],
    },
  ],
  // "gebruiken ze hun protocol?": about use, without saying which.
  mentions: ["gebruik*"],
  phraseKeywords: ["plank", "gebruikt"],
});

/** The protocol statuses said in words rather than with "heeft"/"geen": in preparation, or not known. */
export const protocolStatusWords = defineVocabulary<"in_preparation" | "unknown">({
  name: "protocol status words",
  entries: [
    {
      value: "in_preparation",
      words: [
        "in de maak",
        "in voorbereiding",
        "in ontwikkeling",
        "in concept",
        "bezig met",
        "in preparation",
        "working on",
        "in the works",
        "under development",
        "in progress",
        "in the making",
      ],
      phrases: [
        /\bwerk(?:t|en) (?:\w+ )?(?:er)?aan\b/,
        /\bwordt (?:\w+ )?aan (?:\w+ ){0,3}gewerkt\b/,
        /\bwordt (?:\w+ )?(?:opgesteld|geschreven|ontwikkeld|gemaakt|voorbereid)\b/,
        /\b(?:zijn|is) (?:er )?mee bezig\b/,
        /\bbeing (?:drafted|prepared|developed|written|made)\b/,
      ],
    },
    {
      value: "unknown",
      words: [
        "onbekend",
        "nog onbekend",
        "unknown",
        "niet bekend",
        "geen idee",
        "onduidelijk",
        "not known",
        "no idea",
        "unclear",
        "not sure",
        "niet zeker",
        "nog niet uitgevraagd",
      ],
      phrases: [
        /\bweten (?:we|wij) (?:\w+ )?niet\b/,
        /\bweet (?:ik|niemand) (?:\w+ )?niet\b/,
        /\b(?:do|does) not know\b/,
      ],
    },
  ],
  phraseKeywords: ["voorbereiding", "preparation"],
});
