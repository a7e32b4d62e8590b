import { defineVocabulary } from "./define-vocabulary.ts";

/*
 * Things staff may ask a chat assistant for that this one does not do: travel, the weather, ordering, press
 * releases, facts about a place. A message about one of them is not read as a request that happens to share a
 * word with it ("boek een treinkaartje naar Maastricht" is no meeting, "bestel een taart" no pie chart).
 */
const topicWords = [
  "trein",
  "treinen",
  "train",
  "trains",
  "ticket*",
  "treinkaart*",
  "hotel*",
  "taxi",
  "vlucht",
  "flight",
  "weerbericht",
  "weather",
  "taart",
  "cake",
  "pizza",
  "verjaardag*",
  "birthday*",
  "bestel*",
  "persbericht*",
  "press release*",
  "nieuwsbericht*",
  "inwoners",
  "inhabitants",
  "population",
  "bevolking",
  "wachtwoord*",
  "password*",
  "powerpoint*",
  "vergaderzaal",
  "meeting room",
  "afwezigheid*",
  "out of office",
  "pdf",
  "artikel",
  "article",
  "restaurant*",
  "teamlunch",
  "kerstmarkt",
  "christmas market",
  "propvol",
  "packed",
  "garage",
  "belastingdienst",
  "tax office",
  "notulen",
  "minutes of",
  "translate",
  "vertaal*",
  "tandarts*",
  "dentist*",
  "neighbour",
  "buurman",
  "buurvrouw",
  "bijlage*",
  "attachment*",
];

/** The topics the assistant does not handle, one value: a message naming one is not understood as a request. */
export const outOfScopeTopics = defineVocabulary<"out_of_scope">({
  name: "out-of-scope topics",
  entries: [
    { value: "out_of_scope", words: topicWords, phrases: [/\bhoe is het weer\b/, /\bwat voor weer\b/] },
  ],
  // Never a typo target: "beste" is not "bestel", "maart" not "taart" (typos.ts keeps "taart" from becoming "kaart").
  exactOnly: topicWords.map((word) => word.replace(/\*$/, "")),
});
