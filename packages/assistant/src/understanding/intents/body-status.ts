import { z } from "zod";
import { defineCue } from "../cue.ts";
import { contactWordCue, roleWordCue } from "../cues.ts";
import { defineIntent } from "../define-intent.ts";
import { firstBodySlot } from "../slots/bodies.ts";
import { BodyRef } from "../slots/schemas.ts";

/** "hoe staat", "status", "how is ... doing": asks how a body is doing. */
export const statusQuestionCue = defineCue("statusQuestion", [
  /\bhoe staat\b/,
  /\bhoe staan\b/,
  /\bhoe is het (?:met|gesteld)\b/,
  /\bhoe zit het\b/,
  /\bhoe gaat het met\b/,
  /\bhoe het met \w+ gaat\b/,
  /\bsituati\w*/,
  /\bstatus\b/,
  /\bstand van zaken\b/,
  /\bwat weten we\b/,
  /\bwat is er bekend\b/,
  /\bhow is\b/,
  /\bhow are\b/,
  /\bhow s\b/,
  /\bhow does .* stand\b/,
  /\bwhat do we know\b/,
  /\bwhere are we with\b/,
  /\bwhere do we stand\b/,
  /\bwhere does\b/,
  /\bstaat .* ervoor\b/,
  /\b(?:hoe|staat|staan) (?:\w+ ){0,4}ervoor\b/,
  /\bdoing\b/,
  /\bupdate on\b/,
  /\binfo over\b/,
  /\binformatie over\b/,
  /\bdetails (?:of|about|over|van)\b/,
  /\btell me (?:\w+ )?about\b/,
  /\bvertel\b/,
]);

/** A body's survey status, outreach stage, contacts and history. */
export const bodyStatus = defineIntent({
  name: "body_status",
  schema: z.object({ intent: z.literal("body_status"), body: BodyRef.optional() }),
  score: (e) => {
    const body = e.hasBody;
    // A question naming a protocol or code of conduct ("heeft Weert een protocol?") asks about the body; the word
    // "uitvraag" alone ("hoe ver is de uitvraag in Friesland") asks about the survey.
    const documentNamed = e.survey.protocolMentioned || e.survey.codeOfConductMentioned || e.surveyValue;
    return (
      (body ? 1.5 : 0) +
      (body && e.cues.has(statusQuestionCue) ? 2 : 0) +
      (body && e.isQuestion && documentNamed && !e.hasUpdateVerb ? 2 : 0) +
      (body && e.wordCount <= 3 ? 1 : 0) -
      (e.recorded ? 2 : 0) -
      (e.meetingContext ? 1.5 : 0) -
      (e.cues.has(roleWordCue) || e.cues.has(contactWordCue) ? 1.5 : 0)
    );
  },
  build: (a) => ({ intent: "body_status" as const, ...firstBodySlot(a.text, a.mentions) }),
  paraphrase: (intent, lang) => {
    const name = intent.body?.status === "found" ? intent.body.body.name : "";
    return lang === "nl" ? `hoe ${name} ervoor staat` : `how ${name} is doing`;
  },
  examples: {
    nl: [{ text: "hoe staat Leudal ervoor?", slots: { body: "GM1640" } }, "wat weten we van Venlo?"],
    en: [{ text: "how is Leudal doing?", slots: { body: "GM1640" } }, "what do we know about Venlo?"],
  },
  help: { group: "bodies", rank: 1 },
});
