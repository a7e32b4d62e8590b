import { type Appointment, canWrite, contactRoleLabel, officeHoursProblems } from "@weerbaar/domain";
import { type Block, createReply, textReply } from "@weerbaar/reply";
import { AppointmentConflictError, AppointmentStateError } from "@weerbaar/store";
import { match } from "ts-pattern";
import { done, type Outcome, type Turn } from "../../conversation/turn.ts";
import { t } from "../../messages/labels.ts";
import { confirmActions, readOnlyReply } from "../writes.ts";
import { bodyTitle, loadPeople, type MeetingView, meetingFacts, type People, timeSpan } from "./describe.ts";
import type { MeetingWrite } from "./pending-meeting.ts";
import { assumptionSentences, conflictSentences, officeHoursSentences } from "./warnings.ts";

type BookWrite = Extract<MeetingWrite, { type: "book" }>;

function bookView(w: BookWrite): MeetingView {
  return {
    bodyCode: w.bodyCode,
    start: new Date(w.start),
    end: new Date(w.end),
    location: w.location,
    organizerId: w.organizerId,
    attendees: w.attendees,
    unknownRoles: w.unknownRoles,
  };
}

async function loadAppointment(turn: Turn, id: string): Promise<Appointment> {
  const appointment = await turn.store.appointments.get(id);
  if (!appointment) throw new AppointmentStateError(`appointment ${id} no longer exists`);
  return appointment;
}

/** What the write will do, as blocks: warnings and assumptions first, then the whole meeting. */
async function describeMeetingWrite(
  turn: Turn,
  write: MeetingWrite,
  conflicts: readonly Appointment[],
): Promise<Block[]> {
  const { lang } = turn;
  const warn = (text: string): Block => ({ type: "paragraph", text, tone: "warning" });
  const info = (text: string): Block => ({ type: "paragraph", text, tone: "info" });
  return match(write)
    .with({ type: "book" }, async (w) => {
      const view = bookView(w);
      const people = await loadPeople(turn, w.bodyCode);
      return [
        ...conflictSentences(conflicts, people, turn.staff.id, lang).map(warn),
        ...officeHoursSentences(view.start, view.end, lang).map(warn),
        ...assumptionSentences(w.assumptions, view.start, lang).map(info),
        ...(w.locationIsDefault
          ? [
              info(
                t(
                  lang,
                  `Er is geen plaats genoemd; ik neem ${w.location}.`,
                  `No place was given; I will use ${w.location}.`,
                ),
              ),
            ]
          : []),
        { type: "paragraph" as const, text: t(lang, "Nieuwe afspraak:", "New meeting:") },
        meetingFacts(view, people, lang),
      ];
    })
    .with({ type: "reschedule" }, async (w) => {
      const appointment = await loadAppointment(turn, w.appointmentId);
      const people = await loadPeople(turn, appointment.bodyCode);
      const start = new Date(w.start);
      const end = new Date(w.end);
      return [
        ...conflictSentences(conflicts, people, turn.staff.id, lang).map(warn),
        ...officeHoursSentences(start, end, lang).map(warn),
        ...assumptionSentences(w.assumptions, start, lang).map(info),
        {
          type: "facts" as const,
          facts: [
            {
              label: t(lang, "Verplaatsen van", "Move from"),
              value: timeSpan(appointment.start, appointment.end, lang),
            },
            { label: t(lang, "Naar", "To"), value: timeSpan(start, end, lang) },
          ],
        },
        meetingFacts({ ...appointment, start, end }, people, lang),
      ];
    })
    .with({ type: "cancel" }, async (w) => {
      const appointment = await loadAppointment(turn, w.appointmentId);
      const people = await loadPeople(turn, appointment.bodyCode);
      return [
        { type: "paragraph" as const, text: t(lang, "Afspraak annuleren:", "Cancel meeting:") },
        meetingFacts(appointment, people, lang),
        ...(w.reason ? [info(`${t(lang, "Reden", "Reason")}: ${w.reason}`)] : []),
      ];
    })
    .exhaustive();
}

/** Always shows the full meeting before writing, with overlaps and office-hour flags, and waits for "ja". */
export async function confirmMeeting(
  turn: Turn,
  write: MeetingWrite,
  conflicts: readonly Appointment[] = [],
  notes: { warning?: string; info?: string } = {},
): Promise<Outcome> {
  const { lang } = turn;
  const blocks: Block[] = [];
  if (notes.warning) blocks.push({ type: "paragraph", text: notes.warning, tone: "warning" });
  if (notes.info) blocks.push({ type: "paragraph", text: notes.info, tone: "info" });
  blocks.push(...(await describeMeetingWrite(turn, write, conflicts)));
  const flagged = blocks.some((b) => b.type === "paragraph" && b.tone === "warning");
  const question = match(write.type)
    .with("book", () =>
      flagged
        ? t(lang, "Wil je de afspraak toch plannen? (ja/nee)", "Do you want to book it anyway? (yes/no)")
        : t(lang, "Zal ik de afspraak plannen? (ja/nee)", "Shall I book the meeting? (yes/no)"),
    )
    .with("reschedule", () =>
      flagged
        ? t(lang, "Wil je de afspraak toch verplaatsen? (ja/nee)", "Do you want to move it anyway? (yes/no)")
        : t(lang, "Zal ik de afspraak verplaatsen? (ja/nee)", "Shall I move the meeting? (yes/no)"),
    )
    .with("cancel", () =>
      t(lang, "Zal ik de afspraak annuleren? (ja/nee)", "Shall I cancel the meeting? (yes/no)"),
    )
    .exhaustive();
  blocks.push({ type: "paragraph", text: question });
  return {
    reply: createReply({
      lang,
      intent: "confirm_request",
      blocks,
      actions: confirmActions(lang),
      data: {
        pending: write,
        conflicts: conflicts.map((c) => c.id),
        officeHours:
          write.type === "cancel"
            ? []
            : officeHoursProblems(new Date(write.start), new Date(write.end)).map((p) => p.kind),
      },
    }),
    pending: { type: "meeting", step: { type: "confirm", write } },
  };
}

function appointmentData(a: Appointment): Record<string, unknown> {
  return {
    appointmentId: a.id,
    bodyCode: a.bodyCode,
    start: a.start.toISOString(),
    end: a.end.toISOString(),
    status: a.status,
    sequence: a.sequence,
  };
}

async function doneReply(turn: Turn, intent: string, text: string, a: Appointment, people?: People) {
  const { lang } = turn;
  const named = people ?? (await loadPeople(turn, a.bodyCode));
  return done(
    createReply({
      lang,
      intent,
      blocks: [{ type: "paragraph", text, tone: "success" }, meetingFacts(a, named, lang)],
      data: appointmentData(a),
    }),
  );
}

/** Carries out a confirmed meeting write; a conflict that appeared meanwhile is shown and asked again. */
export async function executeMeetingWrite(turn: Turn, write: MeetingWrite): Promise<Outcome> {
  const { lang, store, writeContext: ctx } = turn;
  if (!canWrite(turn.staff.role)) return done(readOnlyReply(lang));
  try {
    return await match(write)
      .with({ type: "book" }, async (w) => {
        const appointment = await store.appointments.book(
          {
            bodyCode: w.bodyCode,
            organizerId: w.organizerId,
            attendees: w.attendees,
            location: w.location,
            start: new Date(w.start),
            end: new Date(w.end),
            ...(w.unknownRoles.length > 0
              ? {
                  notes: `Ook uitgenodigd, contact nog onbekend: ${w.unknownRoles.map((r) => contactRoleLabel(r, "nl")).join(", ")}`,
                }
              : {}),
          },
          ctx,
          { acceptedConflicts: w.acceptedConflicts },
        );
        return doneReply(
          turn,
          "meeting_booked",
          t(
            lang,
            `Afspraak gepland met ${bodyTitle(w.bodyCode, lang)}.`,
            `Meeting booked with ${bodyTitle(w.bodyCode, lang)}.`,
          ),
          appointment,
        );
      })
      .with({ type: "reschedule" }, async (w) => {
        const appointment = await store.appointments.reschedule(
          w.appointmentId,
          { start: new Date(w.start), end: new Date(w.end) },
          ctx,
          { acceptedConflicts: w.acceptedConflicts },
        );
        return doneReply(
          turn,
          "meeting_rescheduled",
          t(lang, "Afspraak verplaatst.", "Meeting moved."),
          appointment,
        );
      })
      .with({ type: "cancel" }, async (w) => {
        const appointment = await store.appointments.cancel(
          w.appointmentId,
          w.reason ? { reason: w.reason } : {},
          ctx,
        );
        return doneReply(
          turn,
          "meeting_cancelled",
          t(lang, "Afspraak geannuleerd.", "Meeting cancelled."),
          appointment,
        );
      })
      .exhaustive();
  } catch (error) {
    if (error instanceof AppointmentConflictError && write.type !== "cancel") {
      const accepted = [...new Set([...write.acceptedConflicts, ...error.conflicts.map((c) => c.id)])];
      const shown = await turn.store.appointments.list({
        from: new Date(write.start),
        to: new Date(write.end),
      });
      const conflicts = shown.filter((a) => accepted.includes(a.id));
      return confirmMeeting(turn, { ...write, acceptedConflicts: accepted }, conflicts, {
        warning: t(
          lang,
          "Intussen is er een nieuwe afspraak bijgekomen die botst; er is nog niets vastgelegd.",
          "Meanwhile a new meeting was added that clashes; nothing has been recorded yet.",
        ),
      });
    }
    if (error instanceof AppointmentStateError) {
      return done(
        textReply(
          lang,
          "meeting_unchanged",
          t(
            lang,
            "Die afspraak kan niet meer veranderd worden: hij is al geannuleerd of gehouden.",
            "That meeting can no longer be changed: it was already cancelled or held.",
          ),
        ),
      );
    }
    throw error;
  }
}
