import { defineVocabulary } from "./define-vocabulary.ts";

/**
 * "ligt niet op de plank", "isn't on the shelf", "niet slapend": a dormant phrase denied is a protocol in use. Read
 * before the dormant phrases, which would otherwise match the words after the negation.
 */
export const deniedDormantPhrases: readonly RegExp[] = [
  /\b(?:ligt|liggen|ligge) (?:\w+ ){0,2}(?:niet|allerminst|zeker niet|absoluut niet) (?:\w+ ){0,2}op de plank\b/,
  /\bniet (?:\w+ ){0,2}op de plank\b/,
  /\bniet (?:meer )?(?:slapend\w*|stoffig)\b/,
  /\b(?:is not|isn t|are not|aren t|not|never|no longer) (?:\w+ ){0,4}(?:on the shelf|gathering dust|collecting dust|dormant|in the drawer|in a drawer)\b/,
  /\b(?:ligt|liggen) (?:\w+ )?niet (?:langer|meer) (?:\w+ ){0,2}(?:in de la|in een la|in de kast|op de plank)\b/,
];

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
        "collecting dust",
        "gather dust",
        "gathers dust",
        "collect dust",
        "collects dust",
        "stof",
        "stoffig",
        "verstoffen",
        "verstoft",
        "verstoffe*",
        "sleeping",
        "dead letter",
        "dode letter",
        "in de la",
        "in een la",
        "in a drawer",
        "in the drawer",
        "in de kast",
        "in een kast",
        "in a cupboard",
        "in the cupboard",
      ],
      phrases: [
        /\b(?:ligt|liggen|ligge) (?:\w+ ){0,2}op de plank\b/,
        /\b(?:niet|nauwelijks|amper|nooit) (?:meer |echt )?(?:in gebruik|gebruikt|gebruiken|actief|toegepast|nageleefd)\b/,
        /\bwordt (?:\w+ )?niet (?:\w+ )?(?:gebruikt|toegepast|nageleefd)\b/,
        /\b(?:niet|nauwelijks|nooit) (?:meer )?(?:wordt|worden) (?:gebruikt|toegepast|nageleefd)\b/,
        /\b(?:gebruiken|doen|doet) (?:ze |we |hij |het )?(?:er )?(?:niet|niets|niks)\b/,
        /\b(?:doen|doet|gebeurt) (?:ze |we |hij )?(?:er )?(?:\w+ )?(?:niets|niks) mee\b/,
        // "gebruikt het protocol echt, niet alleen op papier" is in use.
        /\bgebruik(?:t|en) (?:\w+ ){0,3}(?:niet(?! alleen)|nauwelijks)\b/,
        /\b(?:do|does|did) not (?:\w+ )?use\b/,
        /\bno longer (?:\w+ ){0,3}(?:in use|used|uses|use|applied|active)\b/,
        /\b(?:not|never|hardly|barely|rarely) (?:\w+ )?(?:used|in use|active|actively used|applied|followed)\b/,
        /\b(?:hardly|barely|rarely|never) (?:\w+ )?(?:uses?|applies|apply)\b/,
        /\b(?:not|never|hardly) (?:\w+ )?using\b/,
        /\bgebruik(?:t|en) (?:\w+ ){0,3}(?:nauwelijks|amper|zelden|nooit)\b/,
        // "nobody has opened it since it was adopted", "niemand kijkt er nog naar": kept, not used.
        /\b(?:nobody|no one|niemand) (?:\w+ ){0,2}(?:opened|used|looked at|read|uses|opens|reads|gebruikt|geopend|ingekeken|bekeken|gelezen|kijkt)\b/,
        /\b(?:never|nooit) (?:\w+ ){0,2}(?:opened|geopend|ingekeken|bekeken|looked at)\b/,
      ],
    },
    {
      value: "active",
      words: [
        "actief",
        "actieve",
        "active",
        "actively",
        "in gebruik",
        "in use",
        "use it",
        "uses it",
        "using it",
        "levend",
        "alive",
      ],
      phrases: [
        ...deniedDormantPhrases,
        /\bwordt (?:\w+ ){0,3}(?:gebruikt|toegepast|nageleefd)\b/,
        /\b(?:daadwerkelijk|echt|actief|wel degelijk|regelmatig) (?:\w+ )?gebruikt\b/,
        // "een protocol dat echt leeft in de organisatie": alive, so in use.
        /\b(?:dat|die|het) (?:\w+ )?leeft\b/,
        /\bgebruik(?:en|t) (?:het|hem|dat|die|hun|zijn|haar)\b/,
        /\b(?:use|uses|using) (?:their|its|his|her|the)\b/,
        // "een protocol dat ze echt gebruiken": a relative clause about its use.
        /\b(?:dat|die) (?:ze|zij|we|wij|hij|hun|zijn|haar) (?:\w+ ){0,2}(?:gebruiken|gebruikt|toepassen|toepast)\b/,
        /\b(?:echt|daadwerkelijk|actief|wel degelijk) (?:\w+ )?(?:toepassen|toegepast|toepast|gebruiken)\b/,
        /\b(?:that|which) (?:they|we|it) (?:\w+ )?(?:use|uses|apply|applies)\b/,
        /\b(?:is|s|are) (?:\w+ ){0,2}(?:being )?(?:used|applied|followed)\b/,
        // "puts its protocol to use", "in daily use".
        /\bput(?:s|ting)? (?:\w+ ){0,2}to (?:good )?use\b/,
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
        "drafting",
        "concept versie",
        "conceptversie",
      ],
      phrases: [
        /\bwerk(?:t|en) (?:\w+ ){0,4}(?:er)?aan\b/,
        // "nog bezig zijn met het opstellen van een protocol": busy with it, in any word order.
        /\bbezig (?:\w+ )?met (?:het )?(?:opstellen|schrijven|maken|ontwikkelen|uitwerken|actualiseren)\b/,
        // "bij Mook wordt er gewerkt aan een stappenplan": the passive with "er" and the object after it.
        /\bwordt (?:er )?(?:\w+ )?gewerkt aan\b/,
        /\b(?:are|is) (?:still )?(?:drafting|writing|preparing|developing|drawing up)\b/,
        /\bwordt (?:\w+ )?aan (?:\w+ ){0,3}gewerkt\b/,
        /\bwordt (?:\w+ )?(?:opgesteld|geschreven|ontwikkeld|gemaakt|voorbereid)\b/,
        /\b(?:zijn|is) (?:er )?mee bezig\b/,
        // "nog met hun protocol bezig", "busy with a step plan": the document is being worked on.
        /\bmet (?:hun |het |een |zijn |haar |de )?(?:\w+ )?(?:protocol\w*|stappenplan\w*|gedragscode\w*|draaiboek\w*) bezig\b/,
        /\bbusy (?:with|on|drafting|writing)\b/,
        /\baan het (?:schrijven|opstellen|maken|ontwikkelen|uitwerken)\b/,
        /\baan (?:hun |het |een |zijn |haar )?(?:\w+ )?(?:protocol\w*|stappenplan\w*|gedragscode\w*|draaiboek\w*) (?:werken|werkt|schrijven|schrijft)\b/,
        // "hun protocol nog niet af", "haven't finished their protocol": begun, not done.
        /\b(?:nog )?niet (?:af|klaar)\b/,
        /\bnot (?:yet )?(?:finished|ready|complete|done)\b/,
        /\bbeing (?:drafted|prepared|developed|written|made|worked on|drawn up)\b/,
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
        "no info",
        // "municipalities we have no protocol info on": "no" is about the information, not the protocol.
        "no information",
        "geen informatie",
        "geen gegevens",
        "onduidelijk",
        "not known",
        "no idea",
        "unclear",
        "not sure",
        "niet zeker",
        "nog niet uitgevraagd",
      ],
      phrases: [
        /\bweten (?:we|wij) (?:\w+ ){0,3}niet\b/,
        // "die nog niet weten of ze een protocol hebben": they themselves do not know.
        /\b(?:weten|weet) (?:ze |zij |hij )?(?:\w+ )?niet (?:zeker )?of\b/,
        /\bniet (?:zeker )?(?:weten|weet) of\b/,
        /\b(?:know|weten we|weten wij) (?:\w+ )?(?:nothing|niets|niks)\b/,
        /\b(?:don t|do not|doesn t|does not) (?:\w+ )?know (?:yet )?(?:if|whether)\b/,
        /\bweet (?:ik|niemand) (?:\w+ )?niet\b/,
        // "where nobody knows if there's a protocol", "waar niemand weet of er een protocol is".
        /\b(?:nobody|no one|niemand) (?:\w+ )?(?:knows|weet) (?:yet |nog |still )?(?:if|whether|of)\b/,
        /\b(?:no|geen) (?=(?:protocol|stappenplan|gedragscode|code of conduct) (?:info|information|informatie|gegevens)\b)/,
        /\b(?:do|does) (?:we |they |i |you )?not know\b/,
      ],
    },
  ],
  phraseKeywords: ["voorbereiding", "preparation"],
});
