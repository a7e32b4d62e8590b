import { type Appointment, type Body, findBodyByCode } from "@weerbaar/domain";
import type { CalendarDirectory } from "./directory.ts";

/** A person in an exported meeting: a contact of the body (with role and maybe e-mail) or a staff member. */
export type ExportedPerson =
  | { type: "contact"; id: string; name: string; role: string; email?: string }
  | { type: "staff"; id: string; name: string };

/** The body of a meeting, from the directory or the reference list. */
export function bodyOf(appointment: Appointment, directory: CalendarDirectory): Body | undefined {
  return (
    directory.bodies?.find((b) => b.code === appointment.bodyCode) ?? findBodyByCode(appointment.bodyCode)
  );
}

/** The organizer, named (the id when the staff member is unknown). */
export function organizerOf(appointment: Appointment, directory: CalendarDirectory): ExportedPerson {
  const member = directory.staff.find((s) => s.id === appointment.organizerId);
  return { type: "staff", id: appointment.organizerId, name: member?.displayName ?? appointment.organizerId };
}

/** The attendees, named; contacts keep their role and e-mail. */
export function attendeesOf(appointment: Appointment, directory: CalendarDirectory): ExportedPerson[] {
  return appointment.attendees.map((a): ExportedPerson => {
    if (a.type === "staff") {
      const member = directory.staff.find((s) => s.id === a.staffId);
      return { type: "staff", id: a.staffId, name: member?.displayName ?? a.staffId };
    }
    const contact = directory.contacts.find((c) => c.id === a.contactId);
    return {
      type: "contact",
      id: a.contactId,
      name: contact?.name ?? a.contactId,
      role: contact?.role ?? "other",
      ...(contact?.email ? { email: contact.email } : {}),
    };
  });
}
