import {
  type Appointment,
  allBodies,
  needsFollowUp,
  nextWorkingMorning,
  type OutreachEvent,
  type OutreachEventsByCode,
  outcomeReminderDue,
  startOfAmsterdamDay,
} from "@weerbaar/domain";
import type { ReminderConfig } from "./config.ts";

/** What planning and checking reminders read from the store. */
export type ReminderData = {
  /** Meetings around now, cancelled ones included (their pending reminders are withdrawn). */
  appointments: readonly Appointment[];
  outreachByCode: OutreachEventsByCode;
  /** Active subscriptions. */
  subscriptions: readonly SubscriptionLike[];
};

/** The fields of a store subscription the planner reads. */
export type SubscriptionLike = {
  platform: string;
  channelId: string;
  kind: string;
  /** The language the channel subscribed in; the configured language when absent. */
  lang?: "nl" | "en";
  createdBy: string;
  createdAt: Date;
};

/** The staff ids involved in a meeting: its organizer and staff attendees. */
export function staffOfMeeting(appointment: Appointment): string[] {
  const ids = new Set([appointment.organizerId]);
  for (const attendee of appointment.attendees) if (attendee.type === "staff") ids.add(attendee.staffId);
  return [...ids];
}

/** True once a meeting's outcome is known: held, or a meeting_held or support decision recorded on or after its day. */
export function outcomeRecorded(appointment: Appointment, events: readonly OutreachEvent[]): boolean {
  if (appointment.status === "held") return true;
  const dayStart = startOfAmsterdamDay(appointment.start).getTime();
  return events.some(
    (event) =>
      (event.type === "meeting_held" && event.appointmentId === appointment.id) ||
      ((event.type === "meeting_held" ||
        event.type === "support_offered" ||
        event.type === "support_declined") &&
        event.occurredAt.getTime() >= dayStart),
  );
}

/** The working mornings on which to ask for a meeting's outcome: round 1 the first after it, then one per working day. */
export function outcomeRounds(appointment: Appointment, repeats: number): Date[] {
  const first = outcomeReminderDue(appointment);
  if (!first) return [];
  const rounds = [first];
  while (rounds.length < repeats) rounds.push(nextWorkingMorning(rounds[rounds.length - 1] ?? first, 9));
  return rounds;
}

/** The bodies that need a follow-up now, under the configured thresholds. */
export function followUpsAt(data: ReminderData, now: Date, config: ReminderConfig) {
  return needsFollowUp(allBodies, data.outreachByCode, {
    now,
    workingDays: config.followUpWorkingDays,
    meetingWorkingDays: config.meetingFollowUpWorkingDays ?? config.followUpWorkingDays,
  });
}
