import {
  type Appointment,
  addAmsterdamDays,
  amsterdamDateKey,
  codeOfConductLabel,
  formatAmsterdam,
  protocolStatusLabel,
  workingDaysBetween,
} from "@weerbaar/domain";
import { type Block, createReply, type Lang, type PersonMention, type Reply } from "@weerbaar/reply";
import { bodyName } from "./bodies.ts";
import type { DigestData } from "./digest.ts";
import type { ReminderPayload } from "./payload.ts";

/** What rendering a reminder needs besides its payload. */
export type RenderContext = {
  now: Date;
  lang: Lang;
  /** The meeting of a meeting or outcome reminder. */
  appointment?: Appointment;
  /** Display names of staff and contacts by id, for "who". */
  names?: ReadonlyMap<string, string>;
  /** The meeting's organiser with their chat accounts: a meeting reminder @mentions them. */
  organizer?: PersonMention;
  digest?: DigestData;
};

const t = (lang: Lang, nl: string, en: string) => (lang === "nl" ? nl : en);

/** "vandaag" / "morgen" / the weekday and date, relative to now in Amsterdam. */
function dayPhrase(instant: Date, now: Date, lang: Lang): string {
  const day = amsterdamDateKey(instant);
  if (day === amsterdamDateKey(now)) return t(lang, "vandaag", "today");
  if (day === amsterdamDateKey(addAmsterdamDays(now, 1))) return t(lang, "morgen", "tomorrow");
  return formatAmsterdam(instant, lang, "weekday-date");
}

function who(appointment: Appointment, names: ReadonlyMap<string, string> | undefined): string {
  const ids = [
    appointment.organizerId,
    ...appointment.attendees.map((a) => (a.type === "staff" ? a.staffId : a.contactId)),
  ];
  return [...new Set(ids)].map((id) => names?.get(id) ?? id).join(", ");
}

function meetingFacts(appointment: Appointment, ctx: RenderContext): Block {
  const { lang } = ctx;
  return {
    type: "facts",
    facts: [
      {
        label: t(lang, "Wanneer", "When"),
        value: `${formatAmsterdam(appointment.start, lang, "datetime")}–${formatAmsterdam(appointment.end, lang, "time")}`,
      },
      {
        label: t(lang, "Waar", "Where"),
        value: appointment.location ?? t(lang, "geen plaats opgegeven", "no place given"),
      },
      { label: t(lang, "Wie", "Who"), value: who(appointment, ctx.names) },
      ...(appointment.notes ? [{ label: t(lang, "Notities", "Notes"), value: appointment.notes }] : []),
    ],
  };
}

/** "Organisator: Anna de Vries", with Anna @mentioned where the platform can (channels: she gets notified). */
function organizerLine(ctx: RenderContext): Block[] {
  const { organizer, lang } = ctx;
  if (!organizer) return [];
  return [
    {
      type: "paragraph",
      text: `${t(lang, "Organisator", "Organiser")}: ${organizer.name}`,
      mentions: [organizer],
    },
  ];
}

function requireAppointment(ctx: RenderContext, kind: string): Appointment {
  if (!ctx.appointment) throw new Error(`rendering ${kind} needs its appointment`);
  return ctx.appointment;
}

function change(now: number, before: number): string {
  const diff = now - before;
  return diff === 0 ? "±0" : diff > 0 ? `+${diff}` : `${diff}`;
}

function digestReply(
  payload: Extract<ReminderPayload, { kind: "weekly_digest" }>,
  ctx: RenderContext,
): Reply {
  const { lang } = ctx;
  const digest = ctx.digest;
  if (!digest) throw new Error("rendering weekly_digest needs its digest data");
  const rows = [
    ...digest.protocol.map((c) => [protocolStatusLabel(c.value, lang), `${c.now}`, change(c.now, c.weekAgo)]),
    ...digest.codeOfConduct.map((c) => [
      codeOfConductLabel(c.value, lang),
      `${c.now}`,
      change(c.now, c.weekAgo),
    ]),
  ];
  const meetings = digest.meetings.map(
    (m) =>
      `${formatAmsterdam(m.start, lang, "datetime")}: ${bodyName(m.bodyCode)}${m.location ? ` (${m.location})` : ""}`,
  );
  const followUps = digest.followUps
    .slice(0, 15)
    .map((f) =>
      f.reason === "letter_unanswered"
        ? t(
            lang,
            `${f.body.name}: brief ${f.workingDays} werkdagen geleden, nog niet gebeld`,
            `${f.body.name}: letter ${f.workingDays} working days ago, not called yet`,
          )
        : t(
            lang,
            `${f.body.name}: gesprek ${f.workingDays} werkdagen geleden, nog geen besluit over ondersteuning`,
            `${f.body.name}: meeting ${f.workingDays} working days ago, no support decision yet`,
          ),
    );
  const more = digest.followUps.length - followUps.length;
  if (more > 0) followUps.push(t(lang, `… en nog ${more}`, `… and ${more} more`));
  return createReply({
    lang,
    intent: "reminder_weekly_digest",
    title: t(
      lang,
      `Weekoverzicht ${formatAmsterdam(digest.weekStart, lang, "date")}`,
      `Weekly digest ${formatAmsterdam(digest.weekStart, lang, "date")}`,
    ),
    blocks: [
      {
        type: "paragraph",
        text: t(
          lang,
          `Uitvraag: ${digest.changedThisWeek} organisaties kregen afgelopen week een nieuwe stand.`,
          `Survey: ${digest.changedThisWeek} bodies changed status in the past week.`,
        ),
      },
      {
        type: "table",
        columns: [
          t(lang, "Stand", "Status"),
          t(lang, "Aantal", "Count"),
          t(lang, "Sinds vorige week", "Since last week"),
        ],
        rows,
      },
      meetings.length > 0
        ? { type: "list", title: t(lang, "Afspraken deze week", "Meetings this week"), items: meetings }
        : { type: "paragraph", text: t(lang, "Geen afspraken deze week.", "No meetings this week.") },
      followUps.length > 0
        ? { type: "list", title: t(lang, "Op te volgen", "Follow-ups due"), items: followUps }
        : { type: "paragraph", text: t(lang, "Niets op te volgen.", "No follow-ups due.") },
    ],
    data: {
      kind: payload.kind,
      runAt: payload.runAt,
      followUps: digest.followUps.length,
      meetings: meetings.length,
    },
  });
}

/** The Reply of a reminder, in the context's language; the reminder's kind and subject are in `data`. */
export function renderReminder(payload: ReminderPayload, ctx: RenderContext): Reply {
  const { lang, now } = ctx;
  switch (payload.kind) {
    case "meeting_day_before":
    case "meeting_hour_before": {
      const appointment = requireAppointment(ctx, payload.kind);
      const body = bodyName(appointment.bodyCode);
      const time = formatAmsterdam(appointment.start, lang, "time");
      const text =
        payload.kind === "meeting_hour_before"
          ? t(
              lang,
              `Om ${time} begint het gesprek met ${body}.`,
              `The meeting with ${body} starts at ${time}.`,
            )
          : t(
              lang,
              `${dayPhrase(appointment.start, now, lang)} om ${time}: gesprek met ${body}.`,
              `${dayPhrase(appointment.start, now, lang)} at ${time}: meeting with ${body}.`,
            );
      return createReply({
        lang,
        intent: `reminder_${payload.kind}`,
        title: t(lang, `Herinnering: gesprek met ${body}`, `Reminder: meeting with ${body}`),
        blocks: [
          { type: "paragraph", text: text.charAt(0).toUpperCase() + text.slice(1) },
          meetingFacts(appointment, ctx),
          ...organizerLine(ctx),
        ],
        data: { kind: payload.kind, appointmentId: appointment.id, sequence: appointment.sequence },
      });
    }
    case "meeting_outcome": {
      const appointment = requireAppointment(ctx, payload.kind);
      const body = bodyName(appointment.bodyCode);
      return createReply({
        lang,
        intent: "reminder_meeting_outcome",
        title: t(lang, `Uitkomst gesprek met ${body}`, `Outcome of the meeting with ${body}`),
        blocks: [
          {
            type: "paragraph",
            text: t(
              lang,
              `Hoe ging het gesprek met ${body}? Leg de uitkomst vast.`,
              `How did the meeting with ${body} go? Record the outcome.`,
            ),
          },
          meetingFacts(appointment, ctx),
          ...organizerLine(ctx),
        ],
        data: { kind: payload.kind, appointmentId: appointment.id, round: payload.round },
      });
    }
    case "outreach_follow_up": {
      const body = bodyName(payload.bodyCode);
      const since = new Date(payload.since);
      const days = workingDaysBetween(since, now);
      const date = formatAmsterdam(since, lang, "date");
      const text =
        payload.reason === "letter_unanswered"
          ? t(
              lang,
              `${body} kreeg op ${date} een brief (${days} werkdagen geleden) en is nog niet gebeld of gesproken. Tijd om na te bellen.`,
              `${body} got a letter on ${date} (${days} working days ago) and has not been called or met yet. Time to call.`,
            )
          : t(
              lang,
              `Met ${body} is op ${date} gesproken (${days} werkdagen geleden), maar er is nog geen besluit over ondersteuning vastgelegd.`,
              `The meeting with ${body} was on ${date} (${days} working days ago), but no support decision has been recorded.`,
            );
      return createReply({
        lang,
        intent: "reminder_outreach_follow_up",
        title: t(lang, `Opvolgen: ${body}`, `Follow up: ${body}`),
        blocks: [{ type: "paragraph", text }],
        data: { kind: payload.kind, bodyCode: payload.bodyCode, reason: payload.reason, workingDays: days },
      });
    }
    case "weekly_digest":
      return digestReply(payload, ctx);
  }
}
