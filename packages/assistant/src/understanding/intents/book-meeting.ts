import { z } from "zod";
import { defineCue } from "../cue.ts";
import {
  agendaWordCue,
  bookCue,
  cancelMeetingCue,
  meetingHeldCue,
  reminderWordCue,
  rescheduleCue,
  timeExpressionCue,
  whoCue,
} from "../cues.ts";
import { defineIntent, optional } from "../define-intent.ts";
import { textWithoutBodies, toBodyRef } from "../slots/bodies.ts";
import { meetingBodies } from "../slots/meeting-bodies.ts";
import { BodyRef } from "../slots/schemas.ts";
import { chartCue, mapCue } from "./chart.ts";

/** "zet een afspraak in de agenda", "put it in the calendar": the agenda is where it goes, not what is asked. */
export const intoCalendarCue = defineCue("intoCalendar", [
  /\bin (?:de|mijn|onze|je) agenda (?:zetten|plaatsen|zet)\b/,
  /\b(?:zet|put|putting|add|place|pencil)\b.*\b(?:in|on|to|into) (?:de|mijn|onze|the|my|our) (?:agenda|calendar|kalender|diary)\b/,
]);

/**
 * A new meeting: the body is the one after "met"/"with", not the place; a body named as the place ("in Roermond")
 * is `place`; `whenText` is the message without body names, for the time reader.
 */
export const bookMeeting = defineIntent({
  name: "book_meeting",
  schema: z.object({
    intent: z.literal("book_meeting"),
    body: BodyRef.optional(),
    place: z.string().optional(),
    whenText: z.string(),
  }),
  score: (e) => {
    const c = e.cues;
    const meeting = e.meetingContext;
    const agendaAsked = c.has(agendaWordCue) && !c.has(intoCalendarCue);
    const timed = e.hasBody && c.has(timeExpressionCue) && !agendaAsked;
    return (
      (meeting && c.has(bookCue) ? 3.5 : 0) +
      (c.has(bookCue) && e.hasBody && !c.has(reminderWordCue) && !agendaAsked ? 1.5 : 0) +
      (meeting && e.hasBody ? 0.5 : 0) +
      (meeting && timed ? 2 : 0) +
      // "pencil in Hengelo for Wednesday at 2": a booking verb, a body and a time make a meeting unnamed.
      (!meeting && timed && c.has(bookCue) ? 2 : 0) -
      (c.has(rescheduleCue) ? 3.5 : 0) -
      // "kun je een kaart van Fryslân maken voor het overleg": a picture for a meeting, not a meeting.
      (c.has(chartCue) || c.has(mapCue) ? 3 : 0) -
      (c.has(cancelMeetingCue) ? 2.5 : 0) -
      (c.has(meetingHeldCue) ? 3 : 0) -
      (e.reminderContext ? 3 : 0) -
      (c.has(whoCue) ? 1 : 0)
    );
  },
  build: (a) => {
    const { body, place } = meetingBodies(a.text, a.mentions);
    return {
      intent: "book_meeting" as const,
      ...(body ? { body: toBodyRef(body) } : {}),
      ...optional("place", place?.status === "found" ? place.body.name : undefined),
      whenText: textWithoutBodies(a.text, a.mentions),
    };
  },
  examples: {
    nl: [
      { text: "plan een afspraak met Leudal donderdag om 13:30", slots: { body: "GM1640" } },
      {
        text: "plan in Roermond een afspraak met Leudal donderdag 26 oktober om 13:30",
        slots: { body: "GM1640", place: "Roermond" },
      },
      { text: "plan een afpsraak met Venlo vrijdag", slots: { body: "GM0983" } },
    ],
    en: [
      { text: "book a meeting with Leudal on Thursday at 1:30 pm", slots: { body: "GM1640" } },
      {
        text: "schedule a meeting with Venlo on Thursday at 10:00 in Maastricht",
        slots: { body: "GM0983", place: "Maastricht" },
      },
    ],
  },
  help: { group: "outreach", rank: 2 },
});
