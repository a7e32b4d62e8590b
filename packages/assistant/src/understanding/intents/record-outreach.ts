import { SupportKind } from "@weerbaar/domain";
import { z } from "zod";
import { defineCue } from "../cue.ts";
import {
  calledCue,
  cancelMeetingCue,
  contactWordCue,
  letterCue,
  meetingHeldCue,
  meetingWordCue,
  notReachedCue,
  supportDeclinedCue,
  supportOfferedCue,
} from "../cues.ts";
import { defineIntent, optional } from "../define-intent.ts";
import { bodySlots } from "../slots/bodies.ts";
import { BodyRef, type RecordableOutreach as Event, RecordableOutreach } from "../slots/schemas.ts";
import { extractSupportKinds } from "../slots/support-kinds.ts";
import { needsCallCue } from "./needs-call.ts";

/** "called in sick", "ziek gemeld": reporting sick, which says "called" of no call. */
const calledInSickCue = defineCue("calledInSick", [
  /\bcall(?:ed|s)? (?:\w+ )?(?:in )?sick\b/,
  /\bziek ?gemeld\b/,
]);

/** A letter, call, meeting held or support decision for one or more bodies. */
export const recordOutreach = defineIntent({
  name: "record_outreach",
  schema: z.object({
    intent: z.literal("record_outreach"),
    bodies: z.array(BodyRef),
    event: RecordableOutreach,
    support: z.array(SupportKind).optional(),
    /** "geen gehoor" → false. */
    reached: z.boolean().optional(),
    note: z.string(),
  }),
  score: (e) => {
    const c = e.cues;
    return (
      (c.has(calledCue) ? 3 : 0) +
      (c.has(letterCue) ? 2.5 : 0) +
      (e.meetingContext && c.has(meetingHeldCue) ? 4 : 0) +
      // "met with the clerk of Bronckhorst, went fine": held, with a body, even without a word for the meeting.
      (!e.meetingContext && c.has(meetingHeldCue) && e.hasBody && !e.isQuestion && !e.recorded ? 2 : 0) +
      (c.has(supportOfferedCue) ? 4 : 0) +
      (c.has(supportDeclinedCue) ? 4 : 0) +
      (e.hasBody ? 0.5 : 0) -
      (c.has(needsCallCue) ? 3 : 0) -
      // "I called in sick yesterday": no call to a body.
      (c.has(calledInSickCue) ? 4 : 0) -
      // "Veendam called it off": a meeting cancelled, not a call made.
      (c.has(cancelMeetingCue) ? 2 : 0) -
      (e.isQuestion && !e.hasBody ? 1.5 : 0) -
      (e.reminderContext ? 3 : 0) -
      (c.has(contactWordCue) && !e.recorded ? 1 : 0) -
      // "ik heb vanochtend al drie keer met de garage gebeld": a longer sentence about a call with no body in it
      // is someone's day, not a record (a short "gebeld, geen gehoor" takes the body from the conversation).
      (!e.hasBody && !e.bodyWord && e.wordCount > 6 ? 3 : 0)
    );
  },
  build: (a) => {
    const c = a.evidence.cues;
    // "het gesprek met Leudal is geweest" is a meeting held.
    const event: Event = c.has(supportDeclinedCue)
      ? "support_declined"
      : c.has(supportOfferedCue)
        ? "support_offered"
        : c.has(meetingHeldCue) && (c.has(meetingWordCue) || !(c.has(calledCue) || c.has(letterCue)))
          ? "meeting_held"
          : c.has(calledCue)
            ? "called"
            : c.has(letterCue)
              ? "letter_sent"
              : "called";
    return {
      intent: "record_outreach" as const,
      bodies: bodySlots(a.text, a.mentions),
      event,
      ...optional("support", event === "support_offered" ? extractSupportKinds(a.keywords) : undefined),
      ...optional("reached", event === "called" ? !c.has(notReachedCue) : undefined),
      note: a.original.trim(),
    };
  },
  paraphrase: (intent, lang) => {
    const label: Record<Event, [string, string]> = {
      letter_sent: ["een verstuurde brief vastleggen", "record a letter sent"],
      called: ["een telefoontje vastleggen", "record a call"],
      meeting_held: ["een gehouden gesprek vastleggen", "record a meeting held"],
      support_offered: ["aangeboden ondersteuning vastleggen", "record support offered"],
      support_declined: ["afgeslagen ondersteuning vastleggen", "record support declined"],
    };
    return label[intent.event][lang === "nl" ? 0 : 1];
  },
  examples: {
    nl: [
      { text: "Venlo is gebeld", slots: { bodies: ["GM0983"], event: "called", reached: true } },
      { text: "brief verstuurd naar Maastricht en Heerlen", slots: { bodies: ["GM0935", "GM0917"] } },
      { text: "het gesprek met Leudal is geweest", slots: { event: "meeting_held" } },
      { text: "Weert heeft de ondersteuning afgeslagen", slots: { event: "support_declined" } },
    ],
    en: [
      { text: "Venlo was called", slots: { bodies: ["GM0983"], event: "called" } },
      { text: "called Leudal, no answer", slots: { reached: false } },
      {
        text: "we offered Roermond moderation and a training",
        slots: { event: "support_offered", support: ["moderation", "training"] },
      },
    ],
  },
  help: { group: "outreach", rank: 1 },
});
