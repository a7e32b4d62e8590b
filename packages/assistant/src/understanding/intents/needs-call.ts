import { BodyKind } from "@weerbaar/domain";
import { z } from "zod";
import { defineCue } from "../cue.ts";
import { defineIntent, optional } from "../define-intent.ts";
import { bodyKindFilter, provinceSlot } from "../slots/list-filter.ts";

/** "wie moeten we nog bellen", "who still needs a call". */
export const needsCallCue = defineCue(
  "needsCall",
  [
    /\b(?:moet|moeten) (?:ik|we|wij|er)? ?(?:nog )?(?:\w+ )?(?:bellen|gebeld)\b/,
    /\bnog (?:te )?bellen\b/,
    // "wie moet ik nog callen", "who's still on my list to ring", "nog niet telefonisch gesproken".
    /\bnog (?:\w+ )?callen\b/,
    /\baan de (?:lijn|telefoon) krijgen\b/,
    /\b(?:moet|moeten) (?:\w+ ){0,4}nog (?:\w+ )?spreken\b/,
    /\bwaiting to be (?:rung|called|phoned|contacted)\b/,
    /\bcalls? (?:outstanding|still open|pending)\b/,
    /\bon my (?:\w+ )?list to (?:ring|call|phone)\b/,
    /\bnog niet (?:\w+ ){1,2}(?:gesproken|gebeld|bereikt)\b/,
    // "wie wacht er nog op een belletje", "that we still owe a phone call", "the ring-round list".
    /\bwacht(?:en)? (?:\w+ ){0,4}op (?:een |ons )?(?:belletje|telefoontje|telefoon|call)\b/,
    /\bowe (?:\w+ )?(?:a |an )?(?:phone )?(?:call|ring)\b/,
    /\bring ?round\b/,
    /\b(?:have not|has not|haven t|hasn t) (?:yet )?been (?:phoned|called|rung|contacted|reached)\b/,
    // "who shoud I stil call", "who stil needs a cal": typed in a hurry.
    /\bwho (?:do |should |shoud |must |can |could )?(?:i|we) (?:still |stil )?(?:need to |have to |got to )?(?:call|cal|ring|phone)\b/,
    /\bwho (?:still |stil )?needs? (?:a )?(?:call|cal|ring|phone call)\b/,
    /\bom (?:na|terug)?te bellen\b/,
    /\b(?:left|remaining) to (?:be )?(?:call(?:ed)?|contact(?:ed)?|ring|phone|reach)\b/,
    /\b(?:have|has) (?:we|i|they) not (?:yet )?(?:called|phoned|rung|reached|contacted)\b/,
    /\bneeds? (?:ringing|calling|phoning|contacting)\b/,
    /\b(?:nog|te) benaderen\b/,
    /\b(?:wie|welke)\b.*\bnog niet (?:te pakken|bereikt|gesproken|benaderd)\b/,
    /\b(?:pending|outstanding|open) calls?\b/,
    /\btelefonisch (?:\w+ )?benaderen\b/,
    /\bnog geen (?:belletje|telefoontje|call)\b/,
    /\baan de telefoon krijgen\b/,
    /\b(?:hear|heard) from us\b/,
    /\bgive (?:\w+ )?a (?:ring|call|bell)\b/,
    /\bchase (?:\w+ ){0,2}(?:by phone|up)\b/,
    /\bno call yet\b/,
    /\b(?:supposed|have|need|ought) to (?:phone|call|ring)\b/,
    /\bopen for a call\b/,
    /\bopenstaande (?:belletjes|telefoontjes|calls)\b/,
    /\b(?:have|has) not (?:we |i |they )?(?:yet )?(?:called|phoned|rung)\b/,
    /\bnog (?:niet |nooit )?(?:na)?gebeld\b/,
    /\b(?:haven t|hasn t|have not|has not) (?:we|i|they) (?:yet )?(?:called|phoned|rung|reached|contacted)\b/,
    /\bnog niet (?:\w+ ){1,3}(?:na)?gebeld\b/,
    /\b(?:have|has) (?:we |i |they )?never (?:\w+ )?(?:called|phoned|rung)\b/,
    /\bnog niemand gebeld\b/,
    /\bniet gebeld\b/,
    /\bbellijst\b/,
    /\bbel ?lijst\b/,
    /\bwie (?:kan|moet|ga|gaan|zou|zal) ik\b.*\bbellen\b/,
    /\bwho (?:could|can|should|shall|must) (?:i|we) call\b/,
    /\b(?:belletje|telefoontje) krijgen\b/,
    /\bnog niet gesproken\b/,
    /\b(?:have|has) not (?:we |i |they )?(?:yet )?spoken\b/,
    /\bwie bellen\b/,
    /\bbellen we\b/,
    /\bnabellen\b/,
    /\bfollow ?up calls?\b/,
    /\bniet (?:aan de lijn|aan de telefoon) gehad\b/,
    /\bnot (?:yet )?had (?:\w+ )?on the phone\b/,
    /\bnog een (?:telefoontje|belletje)\b/,
    /\bnot (?:yet )?(?:been )?called\b/,
    /\bnot called yet\b/,
    /\bneed(?:s)? (?:a |to be )?call(?:ed|s)?\b/,
    /\bshould (?:i|we) call\b/,
    /\bdo (?:i|we) (?:still )?(?:need|have) to call\b/,
    /(?<!\btried )\bto call\b/,
    /\bcalls? left\b/,
    /\bcalls? (?:still )?to (?:do|make)\b/,
    /\bcall list\b/,
    /\bstill (?:need|needs|have|has) to (?:be )?(?:call|ring|phone)/,
    /\b(?:nog )?geen (?:telefoontje|belletje) gehad\b/,
    /\b(?:has|have) not (?:yet )?had a (?:phone )?call\b/,
    /\bwaiting (?:for|on) (?:a |our )?(?:phone )?call\b/,
    /\bwacht(?:en)? (?:er )?(?:nog )?op (?:een |ons |hun )?(?:telefoontje|belletje)\b/,
    /\bawaiting a call\b/,
    // "wie bel ik vandaag", "who do I call today": the call still to make, asked in the present.
    /\bwie bel(?:len)? (?:ik|we|wij|jij|je)\b/,
    /\bwho (?:do|should|must|can|will|shall) (?:i|we) (?:\w+ ){0,3}(?:call|ring|phone)\b/,
    // "bellen: wie nog?", "calls: who's left?": the topic first, the question after it.
    /\b(?:bellen|calls?) (?:wie|who)\b/,
    // "twee keer geprobeerd te bellen", "ik zat net te bellen": a call made or going on, not one to make.
    /(?<!(?:geprobeerd|proberen|probeerde|probeerden|zat|zaten|zit|net|was|waren) )\bte bellen\b/,
    /\bbel ?rond\w*/,
    /\bwaiting for (?:us|me) to (?:call|ring|phone)\b/,
    /\bhave not (?:i|we) (?:yet )?had (?:\w+ )?on the phone\b/,
    /\bneeds? (?:a |another )?(?:ring|phone call|bell)\b/,
  ],
  ["bellen", "terugbellen", "belletje", "telefoontje"],
);

/** The bodies that got a letter and still wait for a call. */
export const needsCall = defineIntent({
  name: "needs_call",
  schema: z.object({
    intent: z.literal("needs_call"),
    provinceCode: z.string().optional(),
    kind: BodyKind.optional(),
  }),
  score: (e) =>
    (e.cues.has(needsCallCue) ? 4 : 0) +
    (e.plural ? 0.5 : 0) -
    (e.hasBody && e.municipalityNamed ? 2 : 0) -
    // "is Dinkelland nog niet gebeld?": asks about that one body, which its status answers.
    (e.hasBody && e.municipalityNamed && e.isQuestion && !e.plural ? 2 : 0),
  build: (a) => ({
    intent: "needs_call" as const,
    ...optional("provinceCode", provinceSlot(a)),
    ...optional("kind", bodyKindFilter(a.keywords)),
  }),
  paraphrase: (_, lang) =>
    lang === "nl"
      ? "welke gemeenten na onze brief nog gebeld moeten worden"
      : "which bodies still need a call after our letter",
  examples: {
    nl: [
      "wie moeten we nog bellen?",
      { text: "welke gemeenten in Limburg moeten nog gebeld worden", slots: { provinceCode: "PV31" } },
    ],
    en: ["who still needs a call?", "who do I still need to call"],
  },
  help: { group: "bodies", rank: 3 },
});
