import { nextWorkingMorning } from "@weerbaar/domain";
import type { ReminderConfig } from "./config.ts";
import { type ReminderPayload, topicOf } from "./payload.ts";
import { nextRun } from "./schedule.ts";
import { followUpsAt, outcomeRecorded, type ReminderData } from "./subjects.ts";

/** The delivery fields a check reads. */
export type CheckedDelivery = { platform: string; channelId: string; dueAt: Date; payload: ReminderPayload };

/**
 * Whether a delivery should still go out now. `stale` drops are reminders that were right once but whose moment
 * passed (downtime); the others were withdrawn because the data changed.
 */
export type Verdict = { send: true } | { send: false; reason: string; stale: boolean };

const HOUR_MS = 3_600_000;
const send: Verdict = { send: true };
const withdrawn = (reason: string): Verdict => ({ send: false, reason, stale: false });
const stale = (reason: string): Verdict => ({ send: false, reason, stale: true });

/**
 * Checks a planned delivery against the current data: a cancelled, changed, held or unknown meeting withdraws its
 * reminders; a recorded outcome, a resolved follow-up or an ended subscription withdraws the rest. An hour-before
 * reminder is stale once the meeting has started, a day-before one once the hour-before one is due (or the meeting is
 * over), an outcome question once the next working morning came, a digest once the next digest is due.
 */
export function checkDelivery(
  delivery: CheckedDelivery,
  data: ReminderData,
  { now, config }: { now: Date; config: ReminderConfig },
): Verdict {
  const payload = delivery.payload;
  const subscribed = data.subscriptions.some(
    (s) =>
      s.platform === delivery.platform &&
      s.channelId === delivery.channelId &&
      s.kind === topicOf(payload.kind),
  );
  if (!subscribed) return withdrawn(`channel no longer subscribed to ${topicOf(payload.kind)}`);
  const t = now.getTime();

  switch (payload.kind) {
    case "meeting_day_before":
    case "meeting_hour_before": {
      const appointment = data.appointments.find((a) => a.id === payload.appointmentId);
      if (!appointment) return withdrawn("meeting not found");
      if (appointment.status === "cancelled") return withdrawn("meeting cancelled");
      if (appointment.status === "held") return withdrawn("meeting already held");
      if (appointment.sequence !== payload.sequence) {
        return withdrawn(`meeting changed (sequence ${payload.sequence} → ${appointment.sequence})`);
      }
      const start = appointment.start.getTime();
      if (payload.kind === "meeting_hour_before" && t >= start) {
        return stale(t >= appointment.end.getTime() ? "meeting already over" : "meeting already started");
      }
      if (payload.kind === "meeting_day_before" && t >= start - HOUR_MS) {
        return stale(
          t >= start ? "meeting already started or over" : "the hour-before reminder is due instead",
        );
      }
      return send;
    }
    case "meeting_outcome": {
      const appointment = data.appointments.find((a) => a.id === payload.appointmentId);
      if (!appointment) return withdrawn("meeting not found");
      if (appointment.status === "cancelled") return withdrawn("meeting cancelled");
      if (outcomeRecorded(appointment, data.outreachByCode.get(appointment.bodyCode) ?? [])) {
        return withdrawn("outcome recorded");
      }
      if (t >= nextWorkingMorning(delivery.dueAt, 9).getTime())
        return stale("a later outcome question is due");
      return send;
    }
    case "outreach_follow_up": {
      const open = followUpsAt(data, now, config).some(
        (f) =>
          f.body.code === payload.bodyCode &&
          f.reason === payload.reason &&
          f.since.toISOString() === payload.since,
      );
      return open ? send : withdrawn("follow-up no longer needed");
    }
    case "weekly_digest": {
      const next = nextRun(config.digestCron, new Date(payload.runAt));
      if (next && t >= next.getTime()) return stale("a newer weekly digest is due");
      return send;
    }
  }
}
