import { TZDate } from "@date-fns/tz";
import { getVtimezoneComponent } from "@touch4it/ical-timezones";
import { AMSTERDAM, type Appointment, type AppointmentStatus } from "@weerbaar/domain";
import ical, { ICalAttendeeRole, ICalEventStatus } from "ical-generator";
import type { CalendarDirectory } from "./directory.ts";
import { attendeesOf, bodyOf, type ExportedPerson, organizerOf } from "./people.ts";

/** Options of the ICS rendering: DTSTAMP (injected in tests) and the calendar's name. */
export type IcsOptions = { stamp?: Date; name?: string };

/** The stable UID of a meeting in every calendar: updates replace the event instead of adding one. */
export function appointmentUid(id: string): string {
  return `${id}@weerbaar`;
}

function icsStatus(status: AppointmentStatus): ICalEventStatus {
  if (status === "cancelled") return ICalEventStatus.CANCELLED;
  if (status === "proposed") return ICalEventStatus.TENTATIVE;
  return ICalEventStatus.CONFIRMED;
}

// Content lines fold at 75 octets (RFC 5545 3.1); continuation lines start with a space.
function fold(line: string): string {
  const bytes = Buffer.from(line, "utf8");
  if (bytes.length <= 75) return line;
  const parts: string[] = [];
  let current = "";
  for (const char of line) {
    const limit = parts.length === 0 ? 75 : 74;
    if (Buffer.byteLength(current + char, "utf8") > limit) {
      parts.push(current);
      current = "";
    }
    current += char;
  }
  parts.push(current);
  return parts.join("\r\n ");
}

const paramText = (text: string) => `"${text.replace(/["\r\n]/g, "'")}"`;

// Staff and contacts without e-mail have no mailto address, which ical-generator requires: they get a CN and a
// non-routable URN as their (required) calendar address, written here.
function personLines(organizer: ExportedPerson, others: readonly ExportedPerson[]): string {
  const lines = [`ORGANIZER;CN=${paramText(organizer.name)}:urn:x-weerbaar:staff:${organizer.id}`];
  for (const person of others) {
    if (person.type === "contact" && person.email) continue;
    lines.push(
      `ATTENDEE;ROLE=REQ-PARTICIPANT;CN=${paramText(person.name)}:urn:x-weerbaar:${person.type}:${person.id}`,
    );
  }
  return lines.map(fold).join("\r\n");
}

/** All meetings as an iCalendar feed with a Europe/Amsterdam VTIMEZONE, stable UIDs and SEQUENCE per change. */
export function renderAppointmentsIcs(
  appointments: readonly Appointment[],
  directory: CalendarDirectory,
  options: IcsOptions = {},
): string {
  const calendar = ical({
    prodId: { company: "Weerbaar Bestuur", product: "Afspraken", language: "NL" },
    name: options.name ?? "Weerbaar Bestuur - afspraken",
    timezone: { name: AMSTERDAM, generator: getVtimezoneComponent },
  });
  const stamp = options.stamp ?? new Date();
  const injected = new Map<string, string>();
  for (const a of appointments) {
    const body = bodyOf(a, directory);
    const organizer = organizerOf(a, directory);
    const attendees = attendeesOf(a, directory);
    const uid = appointmentUid(a.id);
    calendar.createEvent({
      id: uid,
      // TZDate values: ical-generator then writes Amsterdam wall time under TZID, whatever the process zone.
      start: new TZDate(+a.start, AMSTERDAM),
      end: new TZDate(+a.end, AMSTERDAM),
      timezone: AMSTERDAM,
      stamp,
      summary: `Weerbaar Bestuur: ${body?.name ?? a.bodyCode}`,
      ...(a.location ? { location: a.location } : {}),
      ...(a.notes ? { description: a.notes } : {}),
      sequence: a.sequence,
      status: icsStatus(a.status),
      attendees: attendees.flatMap((p) =>
        p.type === "contact" && p.email ? [{ email: p.email, name: p.name, role: ICalAttendeeRole.REQ }] : [],
      ),
    });
    injected.set(uid, personLines(organizer, attendees));
  }
  // ical-generator writes DTSTAMP in the calendar's zone without TZID; RFC 5545 wants it in UTC.
  const utcStamp = stamp
    .toISOString()
    .replace(/[-:]/g, "")
    .replace(/\.\d{3}/, "");
  return calendar
    .toString()
    .replace(/^DTSTAMP:.*\r\n/gm, `DTSTAMP:${utcStamp}\r\n`)
    .replace(/^UID:(.*)\r\n/gm, (line: string, uid: string) => {
      const extra = injected.get(uid.trim());
      return extra ? `${line}${extra}\r\n` : line;
    });
}
