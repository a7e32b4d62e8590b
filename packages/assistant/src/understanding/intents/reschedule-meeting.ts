import { z } from "zod";
import { cancelMeetingCue, rescheduleCue } from "../cues.ts";
import { defineIntent } from "../define-intent.ts";
import { textWithoutBodies } from "../slots/bodies.ts";
import { meetingBodySlot } from "../slots/meeting-bodies.ts";
import { newTimeText } from "../slots/new-time.ts";
import { BodyRef } from "../slots/schemas.ts";

/**
 * A body's meeting moved: `whenText` is what the message says of the new time (from "naar"/"to" on, without a
 * time ruled out), body names taken out, for the time reader.
 */
export const rescheduleMeeting = defineIntent({
  name: "reschedule_meeting",
  schema: z.object({
    intent: z.literal("reschedule_meeting"),
    body: BodyRef.optional(),
    whenText: z.string(),
  }),
  score: (e) =>
    (e.cues.has(rescheduleCue) && (e.meetingContext || e.hasBody) ? 4.5 : 0) -
    (e.cues.has(cancelMeetingCue) ? 1 : 0) -
    (e.reminderContext ? 3 : 0),
  build: (a) => ({
    intent: "reschedule_meeting" as const,
    ...meetingBodySlot(a.text, a.mentions),
    whenText: newTimeText(textWithoutBodies(a.text, a.mentions)),
  }),
  examples: {
    nl: [
      { text: "verplaats de afspraak met Leudal naar 2 november", slots: { body: "GM1640" } },
      { text: "verzet de afspraak in Roermond met Leudal naar vrijdag", slots: { body: "GM1640" } },
    ],
    en: [{ text: "move the meeting with Venlo to Friday", slots: { body: "GM0983" } }],
  },
});
