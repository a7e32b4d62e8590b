import {
  type Attendee,
  amsterdamDateKey,
  type Contact,
  type ContactRole,
  contactRoleLabel,
  findBodyByCode,
  formatAmsterdam,
  type StaffMember,
} from "@weerbaar/domain";
import type { Block, Lang } from "@weerbaar/reply";
import type { Turn } from "../../conversation/turn.ts";
import { kindLabel, t } from "../../messages/labels.ts";
import { durationLabel } from "./details.ts";

/** The parts of a meeting shown to the user, booked or not. */
export type MeetingView = {
  bodyCode: string;
  start: Date;
  end: Date;
  location?: string | undefined;
  organizerId: string;
  attendees: readonly Attendee[];
  unknownRoles?: readonly ContactRole[];
};

/** Staff and contacts to name people by. */
export type People = { staff: readonly StaffMember[]; contacts: readonly Contact[] };

/** The staff and the body's contacts, for naming a meeting's people. */
export async function loadPeople(turn: Turn, bodyCode?: string): Promise<People> {
  const [staff, contacts] = await Promise.all([
    turn.store.staff.list(),
    turn.store.contacts.list(bodyCode ? { bodyCode } : {}),
  ]);
  return { staff, contacts };
}

/** "Gemeente Leudal" / "Municipality of Leudal"; the code when unknown. */
export function bodyTitle(code: string, lang: Lang): string {
  const body = findBodyByCode(code);
  if (!body) return code;
  return lang === "nl"
    ? `${kindLabel(body.kind, lang).replace(/^./, (c) => c.toUpperCase())} ${body.name}`
    : body.name;
}

/** "donderdag 26 oktober 2023, 13:30-14:30" (end with its day when it falls on another day). */
export function timeSpan(start: Date, end: Date, lang: Lang): string {
  const sameDay = amsterdamDateKey(start) === amsterdamDateKey(end);
  const endText = sameDay ? formatAmsterdam(end, lang, "time") : formatAmsterdam(end, lang, "datetime");
  return `${formatAmsterdam(start, lang, "weekday-date")}, ${formatAmsterdam(start, lang, "time")}-${endText}`;
}

/** "13:30-14:30". */
export function clockSpan(start: Date, end: Date, lang: Lang): string {
  return `${formatAmsterdam(start, lang, "time")}-${formatAmsterdam(end, lang, "time")}`;
}

/** A staff member's name, or the id when unknown. */
export function staffName(people: People, id: string): string {
  return people.staff.find((s) => s.id === id)?.displayName ?? id;
}

/** "Jan Jansen (griffier)", "Piet" and "burgemeester (nog onbekend)" for the attendees of a meeting. */
export function attendeeNames(view: MeetingView, people: People, lang: Lang): string[] {
  const names = view.attendees.map((a) => {
    if (a.type === "staff") return staffName(people, a.staffId);
    const contact = people.contacts.find((c) => c.id === a.contactId);
    return contact ? `${contact.name} (${contactRoleLabel(contact.role, lang)})` : a.contactId;
  });
  for (const role of view.unknownRoles ?? []) {
    names.push(`${contactRoleLabel(role, lang)} (${t(lang, "nog onbekend", "not yet known")})`);
  }
  return names;
}

/** The whole meeting as facts: body, date and time, duration, place, organizer and attendees. */
export function meetingFacts(view: MeetingView, people: People, lang: Lang): Block {
  const minutes = Math.round((view.end.getTime() - view.start.getTime()) / 60_000);
  const attendees = attendeeNames(view, people, lang);
  return {
    type: "facts",
    facts: [
      { label: t(lang, "Met", "With"), value: bodyTitle(view.bodyCode, lang) },
      { label: t(lang, "Wanneer", "When"), value: timeSpan(view.start, view.end, lang) },
      { label: t(lang, "Duur", "Duration"), value: durationLabel(minutes, lang) },
      { label: t(lang, "Plaats", "Place"), value: view.location ?? "—" },
      { label: t(lang, "Organisator", "Organizer"), value: staffName(people, view.organizerId) },
      { label: t(lang, "Deelnemers", "Attendees"), value: attendees.length > 0 ? attendees.join(", ") : "—" },
    ],
  };
}
