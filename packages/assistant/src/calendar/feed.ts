import type { Store } from "@weerbaar/store";
import { type IcsOptions, renderAppointmentsIcs } from "./ics.ts";

/** The team's calendar feed for a secret token (all meetings, cancelled ones included so calendars drop them); undefined for an unknown or revoked token. */
export async function calendarFeed(
  store: Store,
  token: string,
  options: IcsOptions = {},
): Promise<string | undefined> {
  const staffId = await store.calendarTokens.verify(token);
  if (!staffId) return undefined;
  const [appointments, staff, contacts] = await Promise.all([
    store.appointments.list({ includeCancelled: true }),
    store.staff.list(),
    store.contacts.list(),
  ]);
  return renderAppointmentsIcs(appointments, { staff, contacts }, options);
}
