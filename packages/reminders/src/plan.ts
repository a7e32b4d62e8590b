import { addWorkingDays, amsterdamInstant, meetingReminderSchedule, toAmsterdam } from "@weerbaar/domain";
import type { DeliveryInput } from "@weerbaar/store";
import type { ReminderConfig } from "./config.ts";
import { deliveryKey } from "./keys.ts";
import type { ReminderPayload, SubscriptionTopic } from "./payload.ts";
import { latestRun } from "./schedule.ts";
import {
  followUpsAt,
  outcomeRecorded,
  outcomeRounds,
  type ReminderData,
  type SubscriptionLike,
  staffOfMeeting,
} from "./subjects.ts";

const DAY_MS = 86_400_000;

/** When planning happens and with which settings. */
export type PlanOptions = { now: Date; config: ReminderConfig };

function channelsOf(data: ReminderData, topic: SubscriptionTopic): SubscriptionLike[] {
  return data.subscriptions.filter((s) => s.kind === topic);
}

function toInput(payload: ReminderPayload, dueAt: Date, channel: SubscriptionLike): DeliveryInput {
  return {
    key: deliveryKey(payload, channel),
    platform: channel.platform,
    channelId: channel.channelId,
    dueAt,
    payload,
  };
}

/** 09:00 Amsterdam on the first working day on which more than `workingDays` working days have passed since `since`. */
export function followUpDueAt(since: Date, workingDays: number): Date {
  const day = toAmsterdam(addWorkingDays(since, workingDays + 1));
  return amsterdamInstant(day.getFullYear(), day.getMonth() + 1, day.getDate(), 9, 0);
}

/**
 * Every reminder occurrence the data calls for around `now`, one delivery per subscribed channel: meeting reminders
 * up to `horizonDays` ahead (and missed ones up to `lookbackDays` back), the latest due outcome question per meeting,
 * follow-ups that crossed their threshold, and the latest weekly digest run. Pure: the same data and instant give the
 * same deliveries, whose keys make enqueuing them again harmless. Stale ones are planned too and dropped, with a
 * reason, when checked before sending.
 */
export function planReminders(data: ReminderData, { now, config }: PlanOptions): DeliveryInput[] {
  const from = now.getTime() - config.lookbackDays * DAY_MS;
  const until = now.getTime() + config.horizonDays * DAY_MS;
  const inputs: DeliveryInput[] = [];

  for (const appointment of data.appointments) {
    const staff = staffOfMeeting(appointment);
    const forMeeting = (topic: SubscriptionTopic) =>
      channelsOf(data, topic).filter((s) => config.meetingAudience === "all" || staff.includes(s.createdBy));
    const meetingChannels = forMeeting("meetings");
    for (const reminder of meetingReminderSchedule(appointment)) {
      const due = reminder.dueAt.getTime();
      if (due < from || due > until) continue;
      const payload: ReminderPayload = {
        kind: reminder.kind as "meeting_day_before" | "meeting_hour_before",
        appointmentId: appointment.id,
        sequence: appointment.sequence,
      };
      for (const channel of meetingChannels) inputs.push(toInput(payload, reminder.dueAt, channel));
    }

    if (appointment.status === "cancelled") continue;
    const events = data.outreachByCode.get(appointment.bodyCode) ?? [];
    if (outcomeRecorded(appointment, events)) continue;
    const rounds = outcomeRounds(appointment, config.outcomeReminderRepeats);
    const latest = rounds.findLastIndex((at) => at.getTime() <= now.getTime());
    const dueAt = rounds[latest];
    if (!dueAt || dueAt.getTime() < from) continue;
    const payload: ReminderPayload = {
      kind: "meeting_outcome",
      appointmentId: appointment.id,
      round: latest + 1,
    };
    for (const channel of forMeeting("follow_ups")) inputs.push(toInput(payload, dueAt, channel));
  }

  const followUpChannels = channelsOf(data, "follow_ups");
  if (followUpChannels.length > 0) {
    for (const followUp of followUpsAt(data, now, config)) {
      const threshold =
        followUp.reason === "letter_unanswered"
          ? config.followUpWorkingDays
          : (config.meetingFollowUpWorkingDays ?? config.followUpWorkingDays);
      const dueAt = followUpDueAt(followUp.since, threshold);
      if (dueAt.getTime() > now.getTime()) continue;
      const payload: ReminderPayload = {
        kind: "outreach_follow_up",
        bodyCode: followUp.body.code,
        reason: followUp.reason,
        since: followUp.since.toISOString(),
      };
      for (const channel of followUpChannels) inputs.push(toInput(payload, dueAt, channel));
    }
  }

  // A day of slack: a weekly cron's previous run lies 7 days and an hour back across the autumn change.
  const run = latestRun(config.digestCron, now, new Date(from - DAY_MS));
  if (run) {
    const payload: ReminderPayload = { kind: "weekly_digest", runAt: run.toISOString() };
    // A channel that subscribes later does not get the digests from before it subscribed.
    for (const channel of channelsOf(data, "digest")) {
      if (channel.createdAt.getTime() <= run.getTime()) inputs.push(toInput(payload, run, channel));
    }
  }

  return inputs.sort((a, b) => a.dueAt.getTime() - b.dueAt.getTime() || (a.key < b.key ? -1 : 1));
}
