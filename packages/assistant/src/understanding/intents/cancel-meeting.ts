import { z } from "zod";
import { cancelMeetingCue, rescheduleCue } from "../cues.ts";
import { defineIntent, optional } from "../define-intent.ts";
import { meetingBodySlot } from "../slots/meeting-bodies.ts";
import { BodyRef } from "../slots/schemas.ts";
import { stillOnCue } from "./agenda.ts";

const reasonPattern = /\b(?:want|omdat|vanwege|wegens|i\.?v\.?m\.?|because|due to|since|as)\b\s*(.+)$/i;

/** A body's meeting cancelled, with the reason after "want"/"omdat"/"because". */
export const cancelMeeting = defineIntent({
  name: "cancel_meeting",
  schema: z.object({
    intent: z.literal("cancel_meeting"),
    body: BodyRef.optional(),
    reason: z.string().optional(),
  }),
  score: (e) =>
    (e.cues.has(cancelMeetingCue) && e.meetingContext ? 4.5 : 0) +
    (e.cues.has(cancelMeetingCue) && e.hasBody ? 2.5 : 0) -
    (e.reminderContext ? 4 : 0) -
    (e.cues.has(rescheduleCue) ? 1 : 0) -
    // "is my meeting with Heumen still on or did they cancel?": whether it was cancelled is asked.
    (e.cues.has(stillOnCue) && e.isQuestion ? 5 : 0),
  build: (a) => ({
    intent: "cancel_meeting" as const,
    ...meetingBodySlot(a.text, a.mentions),
    ...optional(
      "reason",
      reasonPattern
        .exec(a.text)?.[1]
        ?.replace(/[.!?]+$/, "")
        .trim() || undefined,
    ),
  }),
  examples: {
    nl: [
      { text: "annuleer de afspraak met Leudal", slots: { body: "GM1640" } },
      {
        text: "annuleer het gesprek met Venlo want de burgemeester is ziek",
        slots: { reason: "de burgemeester is ziek" },
      },
    ],
    en: [{ text: "cancel the meeting with Venlo", slots: { body: "GM0983" } }],
  },
});
