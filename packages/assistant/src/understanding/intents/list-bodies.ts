import { z } from "zod";
import { defineCue } from "../cue.ts";
import { howManyCue, reminderWordCue, whichCue } from "../cues.ts";
import { defineIntent } from "../define-intent.ts";
import { describeFilter } from "../slots/describe-filter.ts";
import { listFilter } from "../slots/list-filter.ts";
import { BodyFilter } from "../slots/schemas.ts";
import { chartCue, mapCue } from "./chart.ts";
import { needsCallCue } from "./needs-call.ts";
import { percentCue, summaryCue } from "./survey-summary.ts";

/*
 * Negation: "geen/zonder protocol", "has no protocol" → protocol ["none"] (not "unknown": a body whose status is
 * unknown may have one); "nog onbekend", "weten we niet" → ["unknown"]; "op de plank" → usage ["dormant"].
 * "hoeveel gemeenten hebben geen protocol" is a list with countOnly; percentages and overviews are survey_summary.
 */

/**
 * "een overzicht van de gemeenten in Zuid-Holland waar het protocol op de plank ligt", "Gelderland municipalities
 * where nobody knows": the bodies picked out by a clause, which is a list even when an overview is asked for.
 */
const bodiesWhereCue = defineCue("bodiesWhere", [
  /\b(?:gemeenten|gemeentes|provincies|municipalities|provinces)\b(?: \S+){0,3} (?:waar|waarvan|die|where|that|which|whose)\b/,
]);

/** The bodies matching a survey filter, or how many there are. */
export const listBodies = defineIntent({
  name: "list_bodies",
  schema: z.object({ intent: z.literal("list_bodies"), filter: BodyFilter, countOnly: z.boolean() }),
  score: (e) => {
    const c = e.cues;
    const which = c.has(whichCue);
    const howMany = c.has(howManyCue);
    return (
      (e.bodyWord && (which || howMany) ? 2.5 : 0) +
      (e.plural && e.surveyValue ? 2 : 0) +
      (e.plural && !which && !howMany && e.provinceNamed && !e.hasBody ? 1.5 : 0) +
      (which && e.surveyValue ? 1 : 0) +
      (c.has(bodiesWhereCue) && e.surveyValue ? 1.5 : 0) -
      (c.has(percentCue) ? 3 : 0) -
      (c.has(summaryCue) && !e.surveyValue ? 1.5 : 0) -
      (e.hasBody ? 2 : 0) -
      (c.has(needsCallCue) ? 3 : 0) -
      (c.has(chartCue) || c.has(mapCue) ? 3 : 0) -
      (e.meetingContext ? 2 : 0) -
      (c.has(reminderWordCue) ? 3 : 0)
    );
  },
  build: (a) => ({
    intent: "list_bodies" as const,
    filter: listFilter(a),
    countOnly: a.evidence.cues.has(howManyCue),
  }),
  paraphrase: (intent, lang) => {
    const described = describeFilter(intent.filter, lang);
    const { protocol, usage, codeOfConduct } = intent.filter;
    if (protocol || usage || codeOfConduct) return described;
    return `${lang === "nl" ? "alle" : "all"} ${described.charAt(0).toLowerCase()}${described.slice(1)}`;
  },
  examples: {
    nl: [
      {
        text: "welke gemeenten in Limburg hebben geen protocol?",
        slots: { kind: "municipality", provinceCode: "PV31", protocol: ["none"] },
      },
      { text: "welke gemeentes hebben een protocol dat op de plank ligt", slots: { usage: ["dormant"] } },
      {
        text: "hoeveel gemeenten hebben geen agressieprotocol?",
        slots: { protocol: ["none"], countOnly: true },
      },
    ],
    en: [
      {
        text: "which municipalities in Limburg have no protocol?",
        slots: { kind: "municipality", provinceCode: "PV31", protocol: ["none"] },
      },
      { text: "which provinces have a dormant protocol?", slots: { kind: "province", usage: ["dormant"] } },
    ],
  },
  help: { group: "survey", rank: 1 },
});
