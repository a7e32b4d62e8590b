import type { Appointment, StaffMember } from "@weerbaar/domain";
import type { BookingInput, Store } from "@weerbaar/store";
import type { OutgoingReminder, Sender } from "../src/index.ts";
import { setupCtx } from "./engines.ts";

/** Creates a staff member with a fixed id. */
export function aStaffMember(store: Store, id = "staff-anna", name = "Anna de Vries"): Promise<StaffMember> {
  return store.staff.upsert({ id, displayName: name, role: "advisor" }, setupCtx);
}

/** Subscribes a channel to reminder kinds, as the staff member `by` (the subscription's createdBy). */
export async function subscribe(
  store: Store,
  channel: { platform: string; channelId: string },
  kinds: string[],
  by = "staff-anna",
): Promise<void> {
  for (const kind of kinds)
    await store.subscriptions.subscribe({ ...channel, kind }, { actorId: by, channel: "test" });
}

/** Books a one-hour meeting with Leudal (GM1640) starting at `startIso`. */
export function bookLeudal(
  store: Store,
  startIso: string,
  overrides: Partial<BookingInput> = {},
): Promise<Appointment> {
  const start = new Date(startIso);
  return store.appointments.book(
    {
      bodyCode: "GM1640",
      organizerId: "staff-anna",
      start,
      end: new Date(start.getTime() + 3_600_000),
      location: "Gemeentehuis Leudal",
      ...overrides,
    },
    setupCtx,
  );
}

/** A sender that records every call; `messages` holds each key's first message, resends of a key are counted apart. */
export type RecordingSender = Sender & {
  calls: OutgoingReminder[];
  /** Distinct keys posted (an idempotent platform shows each once). */
  posted: Map<string, OutgoingReminder>;
  /** Calls per key. */
  callsPerKey(): Map<string, number>;
};

/**
 * A platform stand-in that, like Matrix with a transaction id or the Teams bot with its recorded activity id, answers
 * a resend of the same key with the first message's id instead of posting again. `failWith` makes calls throw.
 */
export function recordingSender(
  failWith?: (message: OutgoingReminder, call: number) => Error | undefined,
): RecordingSender {
  const calls: OutgoingReminder[] = [];
  const posted = new Map<string, OutgoingReminder>();
  const send = async (message: OutgoingReminder) => {
    calls.push(message);
    const error = failWith?.(message, calls.length);
    if (error) throw error;
    if (!posted.has(message.key)) posted.set(message.key, message);
    return `msg:${message.txnId}`;
  };
  return Object.assign(send, {
    calls,
    posted,
    callsPerKey() {
      const counts = new Map<string, number>();
      for (const c of calls) counts.set(c.key, (counts.get(c.key) ?? 0) + 1);
      return counts;
    },
  });
}

/** Collects log lines. */
export function recordingLogger() {
  const lines: { level: string; details: Record<string, unknown>; message: string }[] = [];
  const at = (level: string) => (details: object, message: string) =>
    lines.push({ level, details: details as Record<string, unknown>, message });
  return { lines, info: at("info"), warn: at("warn"), error: at("error") };
}
