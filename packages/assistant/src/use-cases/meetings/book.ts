import { type Attendee, type Contact, type ContactRole, canWrite } from "@weerbaar/domain";
import { textReply } from "@weerbaar/reply";
import { done, type Outcome, type Turn } from "../../conversation/turn.ts";
import { t } from "../../messages/labels.ts";
import type { Intent } from "../../understanding/index.ts";
import { parseWhen, type WhenResult } from "../../understanding/when/index.ts";
import { requireBody } from "../body-ref.ts";
import { readOnlyReply } from "../writes.ts";
import { askWhen } from "./ask-when.ts";
import { confirmMeeting } from "./confirm.ts";
import { readColleague, readPlace, readRoles } from "./details.ts";
import { conflictsFor } from "./warnings.ts";

type BookIntent = Extract<Intent, { intent: "book_meeting" }>;

/** The default length of a meeting when neither an end nor a duration was given. */
export const DEFAULT_MEETING_MINUTES = 60;

/** A time problem or a time in the past, as a refusal that asks for another day; undefined when usable. */
export function timeRefusal(turn: Turn, when: WhenResult, start: Date | undefined): string | undefined {
  if (when.problem) return when.problem.message[turn.lang];
  if (start && start.getTime() <= turn.now.getTime()) {
    return t(
      turn.lang,
      "Dat tijdstip ligt in het verleden. Een afspraak kan alleen in de toekomst worden gepland; wanneer bedoel je?",
      "That time is in the past. A meeting can only be planned in the future; when do you mean?",
    );
  }
  return undefined;
}

/** Only the clock of a refused time survives, so the next answer needs to give just the day. */
export function keepClockOnly(when: WhenResult): WhenResult {
  return {
    ...(when.hasTime && when.start ? { start: when.start } : {}),
    ...(when.durationMinutes !== undefined ? { durationMinutes: when.durationMinutes } : {}),
    hasDate: false,
    hasTime: when.hasTime,
    yearGiven: false,
    assumptions: [],
    matchedText: [],
  };
}

function inviteRoles(roles: readonly ContactRole[], contacts: readonly Contact[]) {
  const attendees: Attendee[] = [];
  const unknownRoles: ContactRole[] = [];
  for (const role of roles) {
    const known = contacts.filter((c) => c.role === role);
    if (known.length === 0) unknownRoles.push(role);
    for (const contact of known) attendees.push({ type: "contact", contactId: contact.id });
  }
  return { attendees, unknownRoles };
}

/**
 * Books a meeting by filling its slots: body (asked, ambiguity asked back), day and time (asked one at a time,
 * merged), end or duration (default an hour), place (default the town hall), organizer (the asker or a named
 * colleague) and attendees by role; then always shows the whole meeting for confirmation.
 */
export async function bookMeeting(turn: Turn, intent: BookIntent, known?: WhenResult): Promise<Outcome> {
  const { lang } = turn;
  if (!canWrite(turn.staff.role)) return done(readOnlyReply(lang));
  const resolved = requireBody(turn, intent.body, intent);
  if (!resolved.ok) return resolved.outcome;
  const { body } = resolved;
  const when = known ?? parseWhen(intent.whenText, { now: turn.now, lang });
  const refusal = timeRefusal(turn, when, when.hasDate && when.hasTime ? when.start : undefined);
  if (refusal) return askWhen(turn, intent, keepClockOnly(when), { problem: refusal });
  if (!when.hasDate || !when.hasTime || !when.start) return askWhen(turn, intent, when);

  const start = when.start;
  const end =
    when.end ?? new Date(start.getTime() + (when.durationMinutes ?? DEFAULT_MEETING_MINUTES) * 60_000);
  const staff = await turn.store.staff.list();
  const colleague = readColleague(intent.whenText, staff, turn.staff.id);
  const organizerId = colleague?.staff.id ?? turn.staff.id;
  const staffAttendees: Attendee[] = colleague?.askerJoins ? [{ type: "staff", staffId: turn.staff.id }] : [];
  const contacts = await turn.store.contacts.list({ bodyCode: body.code });
  const invited = inviteRoles(readRoles(intent.whenText), contacts);
  const read = readPlace(intent.whenText, body);
  // An address, "online" or "het gemeentehuis" says more than a town: "op Markt 1 in Roermond" is Markt 1.
  const place = read.isDefault && intent.place ? { location: intent.place, isDefault: false } : read;
  const conflicts = await conflictsFor(turn, {
    start,
    end,
    staffIds: [organizerId, ...staffAttendees.map((a) => (a.type === "staff" ? a.staffId : ""))],
  });
  return confirmMeeting(
    turn,
    {
      type: "book",
      bodyCode: body.code,
      start: start.toISOString(),
      end: end.toISOString(),
      location: place.location,
      locationIsDefault: place.isDefault,
      organizerId,
      attendees: [...invited.attendees, ...staffAttendees],
      unknownRoles: invited.unknownRoles,
      assumptions: when.assumptions,
      acceptedConflicts: conflicts.map((c) => c.id),
    },
    conflicts,
    resolved.fuzzy
      ? { info: t(lang, `Ik neem aan dat je ${body.name} bedoelt.`, `I assume you mean ${body.name}.`) }
      : {},
  );
}

/** The answer when a body has no meeting that can be changed. */
export function noMeetingReply(turn: Turn, bodyName: string) {
  return done(
    textReply(
      turn.lang,
      "no_meeting",
      t(
        turn.lang,
        `Er staat geen komende afspraak met ${bodyName}.`,
        `There is no upcoming meeting with ${bodyName}.`,
      ),
    ),
  );
}
