import { z } from "zod";
import { defineCue } from "../cue.ts";
import { contactWordCue, roleWordCue, surveyWordCue, whoCue } from "../cues.ts";
import { defineIntent } from "../define-intent.ts";
import { firstBodySlot } from "../slots/bodies.ts";
import { BodyRef } from "../slots/schemas.ts";

/** "hoe staat", "status", "how is ... doing": asks how a body is doing. */
export const statusQuestionCue = defineCue("statusQuestion", [
  /\bhoe staat\b/,
  /\bhoe staan\b/,
  /\bhoe is het (?:met|gesteld)\b/,
  /\bhoe zit (?:het|\S+ erbij)\b/,
  /\bzit \S+ erbij\b/,
  /\bhoe gaat het met\b/,
  /\bhoe het met \w+ gaat\b/,
  /\bsituati\w*/,
  /\bstatus\b/,
  /\bstand van zaken\b/,
  // "hoe ver zijn we met Hengelo" (the body); "hoe ver is de uitvraag in Friesland" asks about the survey.
  /\bhoe ver (?:zijn|staan) (?:we|wij|jullie)\b/,
  /\bhow far (?:are|have) we\b/,
  /\b(?:everything|all) (?:on|about)\b/,
  /\brundown\b/,
  /\b(?:al )?iets bekend\b/,
  /\banything (?:known|new)\b/,
  /\b(?:current|the) picture\b/,
  /\bin kaart (?:\w+ ){0,4}(?:hoe|wat)\b/,
  /\balles (?:over|van)\b/,
  /\b(?:laatste|huidige) stand\b/,
  /\bstand (?:bij|in|van)\b/,
  /\b(?:the )?latest (?:on|about|for|with|news)\b/,
  /\bnieuws (?:over|van|uit)\b/,
  // "is Landgraaf al benaderd?": whether the team reached out is part of the status.
  /\b(?:benaderd|gecontacteerd|aangeschreven|approached|contacted)\b/,
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
  /\bsta(?:at|an) (?:\w+ ){0,3}er (?:\w+ ){0,2}voor\b/,
  /\bwhere we stand\b/,
  /\ber (?:\w+ ){0,4}voor sta(?:at|an)\b/,
  /\b(?:getting on|faring)\b/,
  /\b(?:hoe|staat|staan) (?:\w+ ){0,4}ervoor\b/,
  /\bdoing\b/,
  /\bupdate on\b/,
  /\binfo over\b/,
  /\binformatie over\b/,
  /\bdetails (?:of|about|over|van)\b/,
  /\btell me (?:\w+ )?about\b/,
  /\bvertel\b/,
  // "wat hebben we over Goirle in het systeem staan", "any news on Gooise Meren?", "zijn we al in gesprek met".
  /\bin (?:het|ons) systeem (?:staan|staat)\b|\bwhat (?:s|is) in (?:the|our) system\b/,
  /\bany news\b/,
  /\bwhat do we have on\b/,
  /\bhoe liggen de kaarten\b/,
  /\bwhere (?:do )?things stand\b/,
  /\b(?:al|already) in (?:gesprek|contact|talks?) (?:met|with)\b/,
]);

/** A body's survey status, outreach stage, contacts and history. */
export const bodyStatus = defineIntent({
  name: "body_status",
  schema: z.object({ intent: z.literal("body_status"), body: BodyRef.optional() }),
  score: (e) => {
    const body = e.hasBody;
    // A question naming a protocol or code of conduct ("heeft Weert een protocol?") asks about the body; the word
    // "uitvraag" alone ("hoe ver is de uitvraag in Friesland") asks about the survey.
    const statusAsked = body && e.cues.has(statusQuestionCue) && e.isQuestion && !e.cues.has(whoCue);
    const documentNamed = e.survey.protocolMentioned || e.survey.codeOfConductMentioned || e.surveyValue;
    return (
      (body ? 1.5 : 0) +
      (body && e.cues.has(statusQuestionCue) ? 2 : 0) +
      (body && e.isQuestion && documentNamed && !e.hasUpdateVerb ? 2 : 0) +
      (body && e.wordCount <= 3 ? 1 : 0) -
      (e.recorded && !e.isQuestion ? 2 : 0) -
      // "ik zit zo bij de burgemeester van Aalten, hoe staat die gemeente ervoor?": the meeting and the person are
      // why the status is asked, unless the question is about them.
      (e.meetingContext && !statusAsked ? 1.5 : 0) -
      ((e.cues.has(roleWordCue) && !statusAsked) || e.cues.has(contactWordCue) ? 1.5 : 0) -
      // "hoe staat de uitvraag ervoor in Gelderland": the survey in a province, not the province's own status.
      (e.cues.has(surveyWordCue) && e.provinceNamed && !e.municipalityNamed ? 2 : 0)
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
