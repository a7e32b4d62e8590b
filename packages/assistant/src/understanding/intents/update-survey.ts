import { CodeOfConductStatus, ProtocolStatus, ProtocolUsage } from "@weerbaar/domain";
import { z } from "zod";
import { defineIntent, optional } from "../define-intent.ts";
import { bodySlots } from "../slots/bodies.ts";
import { BodyRef } from "../slots/schemas.ts";
import { statusQuestionCue } from "./body-status.ts";

/** What staff learned of a body's protocol; a usage (active/dormant) implies a present protocol. */
export const updateSurvey = defineIntent({
  name: "update_survey",
  schema: z.object({
    intent: z.literal("update_survey"),
    /** Every body named: "Nederweert en Vaals hebben een slapend protocol" is about both. */
    bodies: z.array(BodyRef),
    protocol: ProtocolStatus.optional(),
    usage: ProtocolUsage.optional(),
    codeOfConduct: CodeOfConductStatus.optional(),
    /** The original sentence. */
    note: z.string(),
  }),
  score: (e) =>
    (e.hasBody && e.surveyValue ? 3 : 0) +
    (e.hasUpdateVerb && e.surveyValue ? 1 : 0) -
    (e.isQuestion && !e.hasUpdateVerb ? 2.5 : 0) -
    (e.plural ? 1.5 : 0) -
    (e.cues.has(statusQuestionCue) && !e.hasUpdateVerb ? 1 : 0),
  build: (a) => {
    const { survey } = a;
    return {
      intent: "update_survey" as const,
      bodies: bodySlots(a.text, a.mentions),
      ...optional("protocol", survey.protocol ?? (survey.protocolMentioned ? "present" : undefined)),
      ...optional("usage", survey.usage),
      ...optional(
        "codeOfConduct",
        survey.codeOfConduct ?? (survey.codeOfConductMentioned ? "yes" : undefined),
      ),
      note: a.original.trim(),
    };
  },
  examples: {
    nl: [
      {
        text: "Leudal heeft een protocol maar het ligt op de plank",
        slots: { bodies: ["GM1640"], protocol: "present", usage: "dormant" },
      },
      { text: "Venlo heeft geen protocol", slots: { bodies: ["GM0983"], protocol: "none" } },
      {
        text: "Nederweert en Vaals hebben een slapend protocol",
        slots: { bodies: ["GM0946", "GM0981"], usage: "dormant" },
      },
    ],
    en: [
      { text: "Leudal has a protocol but it is dormant", slots: { bodies: ["GM1640"], usage: "dormant" } },
      { text: "Venlo has no protocol", slots: { bodies: ["GM0983"], protocol: "none" } },
      {
        text: "Simpelveld and Vaals have no protocol",
        slots: { bodies: ["GM0965", "GM0981"], protocol: "none" },
      },
    ],
  },
  help: { group: "survey", rank: 3 },
});
