import type { Reply } from "@weerbaar/reply";
import type { Store } from "@weerbaar/store";
import { type CheckedDelivery, checkDelivery, type Verdict } from "./check.ts";
import type { ReminderConfig } from "./config.ts";
import { loadDigest } from "./digest.ts";
import { namesFor, organizerOf, withAppointments } from "./load.ts";
import { ReminderPayload, topicOf } from "./payload.ts";
import { renderReminder } from "./render.ts";
import { followUpsAt, type ReminderData } from "./subjects.ts";

/** A delivery as read from the store, its payload not yet validated. */
export type StoredDelivery = Omit<CheckedDelivery, "payload"> & { payload: unknown };

/** Whether a delivery goes out now and, if so, its rendered Reply. */
export type Assessment = { verdict: Verdict; payload?: ReminderPayload; reply?: Reply };

function appointmentIdOf(payload: ReminderPayload): string | undefined {
  return "appointmentId" in payload ? payload.appointmentId : undefined;
}

/** Checks a delivery against fresh data (its meeting re-read) and renders it when it should be sent. */
export async function assessDelivery(
  store: Store,
  delivery: StoredDelivery,
  data: ReminderData,
  { now, config }: { now: Date; config: ReminderConfig },
): Promise<Assessment> {
  const parsed = ReminderPayload.safeParse(delivery.payload);
  if (!parsed.success) {
    return { verdict: { send: false, reason: "unreadable reminder payload", stale: false } };
  }
  const payload = parsed.data;
  const appointmentId = appointmentIdOf(payload);
  const fresh = appointmentId ? await withAppointments(store, data, [appointmentId]) : data;
  const verdict = checkDelivery({ ...delivery, payload }, fresh, { now, config });
  if (!verdict.send) return { verdict, payload };
  const appointment = appointmentId ? fresh.appointments.find((a) => a.id === appointmentId) : undefined;
  const subscription = fresh.subscriptions.find(
    (s) =>
      s.platform === delivery.platform &&
      s.channelId === delivery.channelId &&
      s.kind === topicOf(payload.kind),
  );
  const reply = renderReminder(payload, {
    now,
    lang: subscription?.lang ?? config.lang,
    ...(appointment
      ? {
          appointment,
          names: await namesFor(store, appointment),
          ...(await organizerOf(store, appointment)),
        }
      : {}),
    ...(payload.kind === "weekly_digest"
      ? { digest: await loadDigest(store, new Date(payload.runAt), followUpsAt(fresh, now, config)) }
      : {}),
  });
  return { verdict, payload, reply };
}
