import { z } from "zod";
import { defineCue } from "../cue.ts";
import {
  agendaWordCue,
  bookCue,
  cancelMeetingCue,
  meetingHeldCue,
  reminderWordCue,
  rescheduleCue,
} from "../cues.ts";
import { defineIntent, optional } from "../define-intent.ts";
import { extractAgendaRange, extractAgendaStaff } from "../slots/agenda-range.ts";
import { firstBodySlot, maskMentions } from "../slots/bodies.ts";
import { colleagueSlot } from "../slots/colleague.ts";
import { AgendaRange, BodyRef, StaffIdentity } from "../slots/schemas.ts";
import { intoCalendarCue } from "./book-meeting.ts";

/** "vandaag", "deze week", "next week": a named range. */
export const rangeCue = defineCue("range", [
  /\bvandaag\b/,
  /\btoday\b/,
  /\bmorgen\b/,
  /\btomorrow\b/,
  /\bdeze week\b/,
  /\bthis week\b/,
  /\bvolgende week\b/,
  /\bkomende week\b/,
  /\bnext week\b/,
  /\bcoming week\b/,
]);

/** "geef me de agenda-link", "calendar feed": the secret calendar feed URL. */
export const calendarLinkCue = defineCue("calendarLink", [
  /\b(?:agenda|calendar|kalender|ics) ?(?:link|feed|url|abonnement|subscription)\b/,
  /\bical ?(?:link|feed)\b/,
  // "the link to our shared calendar", "de teamagenda in mijn Outlook": the feed, however it is named.
  /\blink (?:naar|to|van|of|for) (?:\w+ ){0,2}(?:agenda|calendar|kalender|teamagenda)\b/,
  /\b(?:agenda|calendar|kalender|teamagenda) (?:\w+ ){0,2}(?:in|into|naar|to) (?:mijn |my )?(?:outlook|google|iphone|telefoon|phone)\b/,
]);

/** "wanneer spreken we Roermond?": when the team meets a body is an agenda question. */
export const whenDoWeMeetCue = defineCue("whenDoWeMeet", [
  /\bwanneer (?:spreken|zien|bezoeken|ontmoeten) we\b/,
  /\bwanneer is (?:de|het|onze) (?:afspraak|gesprek)\b/,
  /\bwhen (?:do|will) we (?:meet|see|visit|go to)\b/,
  /\bwanneer (?:gaan|zijn) we (?:naar|bij|in)\b/,
  /\bwhen (?:is|s) (?:that|the|our|my) (?:next )?(?:meeting|appointment|call|visit|talk|session)\b/,
  /\bwhen (?:is|s) the next time (?:we|i)\b/,
  // "wanneer komen we ook alweer bij Goirle langs", "wanneer zitten we met Schagen om tafel", "when do we next sit
  // down with Hollands Kroon": the team's next meeting with a body, asked.
  /\bwanneer (?:zitten|komen|gaan|zijn|spreken|zien) (?:we|wij) (?:\w+ ){0,5}(?:langs|om tafel|op bezoek|bij elkaar)\b/,
  /\bwhen (?:do|will|are|shall) we (?:next |again )?(?:meet|see|visit|go to|sit down|talk to|speak to|speak with|talk with)\b/,
]);

/** "is my meeting with Heumen still on or did they cancel?", "gaat de afspraak met Venlo nog door?": asked, not done. */
export const stillOnCue = defineCue("stillOn", [
  // Not "who's still on the call list".
  /\bstill on(?:$| or\b| for\b)/,
  /\bgaat (?:\w+ ){0,5}(?:nog |wel )?door\b/,
  /\b(?:did|have|has) (?:they|it|he|she) (?:\w+ )?cancel\w*/,
]);

/** A plural meeting word: "next week's meetings" is an agenda question even without a verb. */
const meetingPlural = /\b(?:afspraken|gesprekken|meetings|appointments|agenda)\b/;

/**
 * Meetings in a range (today, tomorrow, this_week, next_week, or a date in `dateText`), of a body, of the asker
 * ("mine") or of a colleague (by name, or @mentioned with `staffIdentity`); `calendarLink` asks for the calendar feed instead.
 */
export const agenda = defineIntent({
  name: "agenda",
  schema: z.object({
    intent: z.literal("agenda"),
    range: AgendaRange.optional(),
    dateText: z.string().optional(),
    body: BodyRef.optional(),
    staff: z.string().optional(),
    /** The colleague's account when they were @mentioned ("de agenda van @Lisa"). */
    staffIdentity: StaffIdentity.optional(),
    calendarLink: z.literal(true).optional(),
  }),
  score: (e) => {
    const c = e.cues;
    return (
      (c.has(agendaWordCue) ? 3 : 0) +
      (c.has(rangeCue) && e.meetingContext ? 1 : 0) +
      (c.has(rangeCue) && c.has(agendaWordCue) ? 0.5 : 0) +
      (c.has(whenDoWeMeetCue) && e.hasBody ? 4 : 0) +
      (c.has(stillOnCue) && e.meetingContext && e.isQuestion ? 4 : 0) -
      // "put a meeting with Oldenzaal in the diary": into the calendar is a booking.
      (c.has(intoCalendarCue) ? 3 : 0) +
      (c.has(calendarLinkCue) ? 20 : 0) -
      (c.has(bookCue) && !c.has(agendaWordCue) ? 2 : 0) -
      (c.has(rescheduleCue) || (c.has(cancelMeetingCue) && !c.has(stillOnCue)) ? 2 : 0) -
      (e.reminderContext ? 3 : 0) -
      (c.has(meetingHeldCue) ? 3 : 0)
    );
  },
  build: (a) => {
    if (a.evidence.cues.has(calendarLinkCue))
      return { intent: "agenda" as const, calendarLink: true as const };
    const { range, dateText } = extractAgendaRange(a.keywords);
    const colleague = colleagueSlot(a, {
      ...optional("name", extractAgendaStaff(maskMentions(a.text, a.mentions, " "), a.keywords)),
    });
    return {
      intent: "agenda" as const,
      ...optional("range", range),
      ...optional("dateText", dateText),
      ...firstBodySlot(a.text, a.mentions),
      ...optional("staff", colleague.name),
      ...optional("staffIdentity", colleague.identity),
    };
  },
  fallback: (a) => meetingPlural.test(a.keywords) && !a.evidence.cues.has(reminderWordCue),
  examples: {
    nl: [
      { text: "welke afspraken staan er deze week?", slots: { range: "this_week" } },
      { text: "mijn afspraken voor morgen", slots: { range: "tomorrow", staff: "mine" } },
      { text: "laat de agenda van Piet zien", slots: { staff: "Piet" } },
      { text: "wanneer spreken we Roermond?", slots: { body: "GM0957" } },
      { text: "geef me de agenda-link", slots: { calendarLink: true } },
    ],
    en: [
      { text: "which meetings are this week?", slots: { range: "this_week" } },
      { text: "agenda next week", slots: { range: "next_week" } },
      { text: "next week's meetings", slots: { range: "next_week" } },
    ],
  },
  help: { group: "outreach", rank: 3 },
});
