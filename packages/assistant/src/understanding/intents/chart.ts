import { BodyKind } from "@weerbaar/domain";
import { z } from "zod";
import { defineCue } from "../cue.ts";
import { displayCue, perProvinceCue, progressCue } from "../cues.ts";
import { defineIntent, optional } from "../define-intent.ts";
import { bodyKindFilter, provinceSlot } from "../slots/list-filter.ts";

const chartNouns = [
  /\bgrafiek\w*/,
  /\bchart\b/,
  /\bdiagram\w*/,
  /\bgraph\b/,
  /\btaartdiagram\b/,
  /\bstaafdiagram\b/,
  /\bstaafjes\b/,
  /\bpie chart\b/,
  /\bbar chart\b/,
];
// "plot the Frisian municipalities on a map": drawing, with the kind of picture named elsewhere.
const drawVerbs = [/\bplot\b/, /\bvisuali\w*/];

/** "grafiek", "chart", "diagram", "plot". */
export const chartCue = defineCue("chart", [...chartNouns, ...drawVerbs]);

/** "kaart", "map". */
// "in kaart brengen" (to map out, find out) is no map.
export const mapCue = defineCue(
  "map",
  [/(?<!\bin )\bkaart\b(?! (?:brengen|gebracht))/, /\bkaartje\b/, /\bmaps?\b/, /\blandkaart\b/],
  ["kaart", "landkaart"],
);

/** The survey's progress chart or map, as a picture. */
export const chart = defineIntent({
  name: "chart",
  schema: z.object({
    intent: z.literal("chart"),
    chart: z.enum(["progress", "map"]),
    kind: BodyKind.optional(),
    provinceCode: z.string().optional(),
    perProvince: z.boolean(),
  }),
  score: (e) =>
    (e.cues.has(chartCue) || e.cues.has(mapCue) ? 5 : 0) +
    // "laat de voortgang per provincie zien": showing progress is a chart.
    (e.cues.has(displayCue) && e.cues.has(progressCue) ? 4.5 : 0) -
    (e.reminderContext ? 3 : 0),
  build: (a) => {
    const c = a.evidence.cues;
    return {
      intent: "chart" as const,
      chart:
        c.has(mapCue) && !chartNouns.some((noun) => noun.test(a.keywords))
          ? ("map" as const)
          : ("progress" as const),
      ...optional("kind", bodyKindFilter(a.keywords)),
      ...optional("provinceCode", provinceSlot(a)),
      perProvince: c.has(perProvinceCue),
    };
  },
  examples: {
    nl: [
      { text: "laat de voortgang per provincie zien", slots: { chart: "progress", perProvince: true } },
      { text: "kaart van Limburg", slots: { chart: "map", provinceCode: "PV31" } },
    ],
    en: [{ text: "show me a map of protocols", slots: { chart: "map" } }, "draw a progress chart"],
  },
});
