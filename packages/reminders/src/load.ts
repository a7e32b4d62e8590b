import type { Appointment, OutreachEvent } from "@weerbaar/domain";
import type { PersonMention } from "@weerbaar/reply";
import type { Store } from "@weerbaar/store";
import type { ReminderConfig } from "./config.ts";
import type { ReminderData } from "./subjects.ts";

const DAY_MS = 86_400_000;
// Outcome questions follow a meeting by several working mornings (holidays included): look back further for them.
const OUTCOME_SLACK_DAYS = 14;

/** Groups outreach events by body code. */
export function groupByBody(events: readonly OutreachEvent[]): Map<string, OutreachEvent[]> {
  const byCode = new Map<string, OutreachEvent[]>();
  for (const event of events) {
    const list = byCode.get(event.bodyCode);
    if (list) list.push(event);
    else byCode.set(event.bodyCode, [event]);
  }
  return byCode;
}

/** Reads what planning needs: meetings around now (cancelled too), all outreach events, active subscriptions. */
export async function loadReminderData(
  store: Store,
  now: Date,
  config: ReminderConfig,
): Promise<ReminderData> {
  const [appointments, events, subscriptions] = await Promise.all([
    store.appointments.list({
      from: new Date(now.getTime() - (config.lookbackDays + OUTCOME_SLACK_DAYS) * DAY_MS),
      to: new Date(now.getTime() + (config.horizonDays + 1) * DAY_MS),
      includeCancelled: true,
    }),
    store.outreach.list(),
    store.subscriptions.list(),
  ]);
  return { appointments, outreachByCode: groupByBody(events), subscriptions };
}

/** The data with these meetings added or replaced by their current version (fetched by id). */
export async function withAppointments(
  store: Store,
  data: ReminderData,
  ids: Iterable<string>,
): Promise<ReminderData> {
  const wanted = [...new Set(ids)];
  if (wanted.length === 0) return data;
  const fresh = new Map<string, Appointment>();
  for (const id of wanted) {
    const appointment = await store.appointments.get(id);
    if (appointment) fresh.set(id, appointment);
  }
  return {
    ...data,
    appointments: [...data.appointments.filter((a) => !wanted.includes(a.id)), ...fresh.values()],
  };
}

/** Display names of all staff and of the contacts attending the meeting, by id. */
export async function namesFor(
  store: Store,
  appointment: Appointment | undefined,
): Promise<Map<string, string>> {
  const names = new Map<string, string>();
  if (!appointment) return names;
  for (const member of await store.staff.list()) names.set(member.id, member.displayName);
  for (const attendee of appointment.attendees) {
    if (attendee.type !== "contact") continue;
    const contact = await store.contacts.get(attendee.contactId);
    if (contact) names.set(contact.id, contact.name);
  }
  return names;
}

/** The meeting's organiser as a reminder mentions them (name and chat accounts); nothing when no longer staff. */
export async function organizerOf(
  store: Store,
  appointment: Appointment,
): Promise<{ organizer?: PersonMention }> {
  const member = await store.staff.get(appointment.organizerId);
  return member ? { organizer: { name: member.displayName, identities: member.identities } } : {};
}
