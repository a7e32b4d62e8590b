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
    /\bnog (?:niet )?gebeld\b/,
    /\bnog niemand gebeld\b/,
    /\bniet gebeld\b/,
    /\bbellijst\b/,
    /\bbel ?lijst\b/,
    /\bwie (?:kan|moet|ga|gaan) ik\b.*\bbellen\b/,
    /\bwie bellen\b/,
    /\bbellen we\b/,
    /\bnabellen\b/,
    /\bnog een telefoontje\b/,
    /\bnot (?:yet )?(?:been )?called\b/,
    /\bnot called yet\b/,
    /\bneed(?:s)? (?:a |to be )?call(?:ed|s)?\b/,
    /\bshould (?:i|we) call\b/,
    /\bdo (?:i|we) (?:still )?(?:need|have) to call\b/,
    /\bto call\b/,
    /\bcall list\b/,
    /\bstill (?:need|have) to (?:be )?call/,
    /\bwaiting for a call\b/,
    /\bawaiting a call\b/,
  ],
  ["bellen", "terugbellen"],
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
    (e.cues.has(needsCallCue) ? 4 : 0) + (e.plural ? 0.5 : 0) - (e.hasBody && e.municipalityNamed ? 2 : 0),
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
