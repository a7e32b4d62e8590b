import type { Appointment, AppointmentStatus } from "@weerbaar/domain";
import type { CalendarDirectory } from "./directory.ts";
import { attendeesOf, bodyOf, type ExportedPerson, organizerOf } from "./people.ts";

/** One meeting in the JSON export; instants are ISO-8601 UTC (`Z`). */
export type ExportedAppointment = {
  id: string;
  bodyCode: string;
  bodyName: string;
  start: string;
  end: string;
  status: AppointmentStatus;
  location: string | null;
  organizer: ExportedPerson;
  attendees: ExportedPerson[];
};

/** The meetings as plain JSON-ready objects, in the given order. */
export function appointmentsJson(
  appointments: readonly Appointment[],
  directory: CalendarDirectory,
): ExportedAppointment[] {
  return appointments.map((a) => ({
    id: a.id,
    bodyCode: a.bodyCode,
    bodyName: bodyOf(a, directory)?.name ?? a.bodyCode,
    start: a.start.toISOString(),
    end: a.end.toISOString(),
    status: a.status,
    location: a.location ?? null,
    organizer: organizerOf(a, directory),
    attendees: attendeesOf(a, directory),
  }));
}
