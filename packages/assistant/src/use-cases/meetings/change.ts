import { type Appointment, canWrite, formatAmsterdam } from "@weerbaar/domain";
import { createReply } from "@weerbaar/reply";
import { done, type Outcome, type Turn } from "../../conversation/turn.ts";
import { t } from "../../messages/labels.ts";
import type { Intent } from "../../understanding/index.ts";
import { applyShift, mergeWhen, parseWhen, type WhenResult } from "../../understanding/when/index.ts";
import { requireBody } from "../body-ref.ts";
import { readOnlyReply } from "../writes.ts";
import { askWhen } from "./ask-when.ts";
import { keepClockOnly, noMeetingReply, timeRefusal } from "./book.ts";
import { confirmMeeting } from "./confirm.ts";
import { clockSpan } from "./describe.ts";
import { whenOfAppointment } from "./saved-when.ts";
import { conflictsFor } from "./warnings.ts";

type RescheduleIntent = Extract<Intent, { intent: "reschedule_meeting" }>;
type CancelIntent = Extract<Intent, { intent: "cancel_meeting" }>;
type ChangeIntent = RescheduleIntent | CancelIntent;

/** A chosen meeting and, for a move, the time understood so far. */
export type ChangeChoice = { appointmentId?: string; when?: WhenResult };

/** The body's meetings that can still change (not cancelled or held, not yet ended), earliest first. */
async function changeableMeetings(turn: Turn, bodyCode: string): Promise<Appointment[]> {
  const upcoming = await turn.store.appointments.list({ bodyCode, from: turn.now });
  return upcoming.filter((a) => a.status === "proposed" || a.status === "confirmed");
}

type Picked = { ok: true; appointment: Appointment } | { ok: false; outcome: Outcome };

/** The meeting a change is about: the chosen one, the only upcoming one, or a numbered question. */
async function pickMeeting(turn: Turn, intent: ChangeIntent, choice: ChangeChoice): Promise<Picked> {
  const resolved = requireBody(turn, intent.body, intent);
  if (!resolved.ok) return resolved;
  if (choice.appointmentId) {
    const chosen = await turn.store.appointments.get(choice.appointmentId);
    if (chosen) return { ok: true, appointment: chosen };
  }
  const meetings = await changeableMeetings(turn, resolved.body.code);
  const [only] = meetings;
  if (!only) return { ok: false, outcome: noMeetingReply(turn, resolved.body.name) };
  if (meetings.length === 1) return { ok: true, appointment: only };
  const { lang } = turn;
  const label = (a: Appointment) =>
    `${formatAmsterdam(a.start, lang, "weekday-date")}, ${clockSpan(a.start, a.end, lang)}${a.location ? ` (${a.location})` : ""}`;
  return {
    ok: false,
    outcome: {
      reply: createReply({
        lang,
        intent: "choose_meeting",
        blocks: [
          {
            type: "paragraph",
            text: t(
              lang,
              `Er staan ${meetings.length} afspraken met ${resolved.body.name}. Welke bedoel je?`,
              `There are ${meetings.length} meetings with ${resolved.body.name}. Which one do you mean?`,
            ),
          },
          { type: "list", ordered: true, items: meetings.map(label) },
        ],
        actions: meetings.map((a, i) => ({ label: label(a), value: String(i + 1) })),
        data: { candidates: meetings.map((a) => a.id) },
      }),
      pending: {
        type: "meeting",
        step: { type: "choose_appointment", resume: intent, candidates: meetings.map((a) => a.id) },
      },
    },
  };
}

/** Moves a body's meeting, keeping its duration and time of day unless new ones are given; confirmed first. */
export async function rescheduleMeeting(
  turn: Turn,
  intent: RescheduleIntent,
  choice: ChangeChoice = {},
): Promise<Outcome> {
  if (!canWrite(turn.staff.role)) return done(readOnlyReply(turn.lang));
  const picked = await pickMeeting(turn, intent, choice);
  if (!picked.ok) return picked.outcome;
  const { appointment } = picked;
  const asked = choice.when ?? parseWhen(intent.whenText, { now: turn.now, lang: turn.lang });
  const refusal = timeRefusal(turn, asked, undefined);
  if (refusal)
    return askWhen(turn, intent, keepClockOnly(asked), { appointmentId: appointment.id, problem: refusal });
  const nothingAsked =
    !asked.hasDate && !asked.hasTime && asked.end === undefined && asked.durationMinutes === undefined;
  if (nothingAsked && !asked.shift) return askWhen(turn, intent, asked, { appointmentId: appointment.id });
  const when = mergeWhen(whenOfAppointment(appointment), asked);
  const merged = when.start ?? appointment.start;
  const mergedEnd =
    when.end ?? new Date(merged.getTime() + (appointment.end.getTime() - appointment.start.getTime()));
  // "twee uur later", "een dag later", "30 minuten langer": relative to the meeting, after any new day or time.
  const { start, end } = asked.shift
    ? applyShift(merged, mergedEnd, asked.shift)
    : { start: merged, end: mergedEnd };
  const late = timeRefusal(turn, when, start);
  if (late)
    return askWhen(turn, intent, keepClockOnly(asked), { appointmentId: appointment.id, problem: late });
  const staffIds = [
    appointment.organizerId,
    ...appointment.attendees.flatMap((a) => (a.type === "staff" ? [a.staffId] : [])),
  ];
  const conflicts = await conflictsFor(turn, { start, end, staffIds, excludeId: appointment.id });
  return confirmMeeting(
    turn,
    {
      type: "reschedule",
      appointmentId: appointment.id,
      start: start.toISOString(),
      end: end.toISOString(),
      assumptions: when.assumptions,
      acceptedConflicts: conflicts.map((c) => c.id),
    },
    conflicts,
  );
}

/** Cancels a body's meeting, with the reason when given; confirmed first. */
export async function cancelMeeting(
  turn: Turn,
  intent: CancelIntent,
  choice: ChangeChoice = {},
): Promise<Outcome> {
  if (!canWrite(turn.staff.role)) return done(readOnlyReply(turn.lang));
  const picked = await pickMeeting(turn, intent, choice);
  if (!picked.ok) return picked.outcome;
  return confirmMeeting(turn, {
    type: "cancel",
    appointmentId: picked.appointment.id,
    ...(intent.reason ? { reason: intent.reason } : {}),
  });
}
