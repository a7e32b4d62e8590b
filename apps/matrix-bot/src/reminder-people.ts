import { staffOfMeeting } from "@weerbaar/reminders";
import type { Store } from "@weerbaar/store";
import type { Reply } from "./assistant-types.ts";

/** What finding a meeting's people needs of the store. */
export type MeetingPeopleStore = Pick<Store, "appointments" | "staff">;

/**
 * The Matrix user ids a reminder must notify: for a reminder about a meeting (its `data.appointmentId`), the
 * organiser and the attending staff with a Matrix account on the staff list; nobody for other reminders.
 */
export async function meetingMatrixIds(store: MeetingPeopleStore, reply: Reply): Promise<string[]> {
  const appointmentId = reply.data.appointmentId;
  if (typeof appointmentId !== "string") return [];
  const appointment = await store.appointments.get(appointmentId);
  if (!appointment) return [];
  const ids: string[] = [];
  for (const staffId of staffOfMeeting(appointment)) {
    const member = await store.staff.get(staffId);
    for (const identity of member?.identities ?? []) {
      if (identity.platform === "matrix" && !ids.includes(identity.userId)) ids.push(identity.userId);
    }
  }
  return ids;
}
