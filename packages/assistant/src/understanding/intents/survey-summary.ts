import { BodyKind } from "@weerbaar/domain";
import { z } from "zod";
import { defineCue } from "../cue.ts";
import { displayCue, howManyCue, perProvinceCue, progressCue } from "../cues.ts";
import { defineIntent, optional } from "../define-intent.ts";
import { bodyKindFilter, provinceSlot, surveyTopicOf } from "../slots/list-filter.ts";
import { SurveyTopic } from "../slots/schemas.ts";
import { chartCue, mapCue } from "./chart.ts";
import { helpCue } from "./help.ts";

/** "procent", "percentage", "aandeel": asks for a share. */
export const percentCue = defineCue(
  "percent",
  [/\bprocent\b/, /\bpercent(?:age)?\b/, /%/, /\baandeel\b/, /\bshare\b/, /\bproportion\b/, /\bdeel van\b/],
  ["percent", "percentage"],
);

/** "overzicht", "samenvatting", "stand van zaken": asks for an overview. */
export const summaryCue = defineCue("summary", [
  /\bsamenvatting\b/,
  /\bsummary\b/,
  /\bsummari[sz]e\b/,
  /\boverzicht\b/,
  /\boverview\b/,
  /\bstand van zaken\b/,
  /\bstatistie\w*/,
  /\bstats\b/,
  /\bstatistics\b/,
  /\bcijfers\b/,
  /\bnumbers\b/,
  /\btotaal\b/,
  /\btotals?\b/,
  /\bvoortgang\b/,
  /\bprogress\b/,
  /\bhoe ver\b/,
  /\bhow far\b/,
  /\buitvraag\b/,
  /\bsurvey\b/,
  /\bresultaten\b/,
  /\bresults\b/,
]);

/** Counts and percentages of the survey, overall or per province. */
export const surveySummary = defineIntent({
  name: "survey_summary",
  schema: z.object({
    intent: z.literal("survey_summary"),
    kind: BodyKind.optional(),
    provinceCode: z.string().optional(),
    perProvince: z.boolean(),
    topic: SurveyTopic.optional(),
  }),
  score: (e) => {
    const c = e.cues;
    return (
      (c.has(percentCue) ? 3.5 : 0) +
      (c.has(summaryCue) ? 3 : 0) +
      (c.has(perProvinceCue) ? 1 : 0) +
      (c.has(howManyCue) && e.surveyTopic && !e.surveyValue ? 2.5 : 0) +
      (e.surveyTopic ? 0.5 : 0) -
      (e.hasBody && e.municipalityNamed ? 2.5 : 0) -
      (e.reminderContext ? 3 : 0) -
      (c.has(chartCue) || c.has(mapCue) ? 3 : 0) -
      // "een overzicht van de commando's" is the help.
      (c.has(helpCue) ? 2 : 0) -
      (c.has(displayCue) && c.has(progressCue) && !c.has(percentCue) ? 1.5 : 0) -
      (e.reminderContext ? 4 : 0) -
      (e.meetingContext ? 2 : 0)
    );
  },
  build: (a) => ({
    intent: "survey_summary" as const,
    ...optional("kind", bodyKindFilter(a.keywords)),
    ...optional("provinceCode", provinceSlot(a)),
    perProvince: a.evidence.cues.has(perProvinceCue),
    ...optional("topic", surveyTopicOf(a)),
  }),
  examples: {
    nl: [
      {
        text: "hoeveel procent heeft een agressieprotocol?",
        slots: { perProvince: false, topic: "protocol" },
      },
      { text: "geef een overzicht per provincie", slots: { perProvince: true } },
      { text: "samenvatting van de uitvraag voor Gelderland", slots: { provinceCode: "PV25" } },
    ],
    en: [
      { text: "what percentage has an aggression protocol?", slots: { perProvince: false } },
      { text: "give me an overview per province", slots: { perProvince: true } },
    ],
  },
  help: { group: "survey", rank: 2 },
});
