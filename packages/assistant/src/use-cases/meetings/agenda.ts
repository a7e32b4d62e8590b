import {
  type Appointment,
  type AppointmentStatus,
  addAmsterdamDays,
  amsterdamInstant,
  canManageStaff,
  findBodyByCode,
  formatAmsterdam,
  type StaffMember,
  startOfAmsterdamDay,
  startOfAmsterdamWeek,
  toAmsterdam,
} from "@weerbaar/domain";
import { createReply, type Lang, textReply } from "@weerbaar/reply";
import { match } from "ts-pattern";
import { done, type Outcome, type Turn } from "../../conversation/turn.ts";
import { t } from "../../messages/labels.ts";
import type { Intent } from "../../understanding/index.ts";
import { parseWhen } from "../../understanding/when/index.ts";
import { findColleagueBy } from "../staff-names.ts";
import { clockSpan, loadPeople, staffName } from "./describe.ts";

type AgendaIntent = Extract<Intent, { intent: "agenda" }>;

/** The path of a calendar feed for a token; the Teams bot serves it. */
export function calendarFeedPath(token: string): string {
  return `/calendar/${token}.ics`;
}

/** Issues a new secret feed link (admins only); the previous link stops working. */
export async function calendarLink(turn: Turn): Promise<Outcome> {
  const { lang } = turn;
  if (!canManageStaff(turn.staff.role)) {
    return done(
      textReply(
        lang,
        "forbidden",
        t(lang, "Alleen beheerders maken een agenda-link aan.", "Only admins create a calendar link."),
      ),
    );
  }
  const token = await turn.store.calendarTokens.rotate(turn.staff.id, turn.writeContext);
  const path = calendarFeedPath(token);
  return done(
    createReply({
      lang,
      intent: "calendar_link",
      blocks: [
        { type: "paragraph", text: path },
        {
          type: "paragraph",
          tone: "warning",
          text: t(
            lang,
            "Deze link is geheim: iedereen met de link ziet alle afspraken van het team. Abonneer je agenda erop (achter het adres van de bot). Vraag je een nieuwe link, dan werkt deze niet meer.",
            "This link is secret: anyone who has it sees all of the team's meetings. Subscribe your calendar to it (behind the bot's address). Asking for a new link makes this one stop working.",
          ),
        },
      ],
      data: { path },
    }),
  );
}

type Window = { from: Date; to?: Date; label: string };

function windowOf(turn: Turn, intent: AgendaIntent): Window | undefined {
  const { now, lang } = turn;
  const today = startOfAmsterdamDay(now);
  const week = startOfAmsterdamWeek(now);
  const days = (from: Date, count: number) => addAmsterdamDays(from, count);
  const weekLabel = (from: Date) =>
    `${formatAmsterdam(from, lang, "date")} - ${formatAmsterdam(days(from, 6), lang, "date")}`;
  return match(intent.range)
    .with("today", () => ({ from: today, to: days(today, 1), label: t(lang, "vandaag", "today") }))
    .with("tomorrow", () => ({
      from: days(today, 1),
      to: days(today, 2),
      label: t(lang, "morgen", "tomorrow"),
    }))
    .with("this_week", () => ({
      from: week,
      to: days(week, 7),
      label: `${t(lang, "deze week", "this week")} (${weekLabel(week)})`,
    }))
    .with("next_week", () => ({
      from: days(week, 7),
      to: days(week, 14),
      label: `${t(lang, "volgende week", "next week")} (${weekLabel(days(week, 7))})`,
    }))
    .with("date", () => {
      const read = parseWhen(intent.dateText ?? "", { now, lang });
      if (!read.hasDate || !read.start) return undefined;
      // An agenda may look back: a date without a year means this year, not the next occurrence.
      const local = toAmsterdam(read.start);
      const year = local.getFullYear() - (read.assumptions.includes("moved_to_next_year") ? 1 : 0);
      const start = amsterdamInstant(year, local.getMonth() + 1, local.getDate());
      return { from: start, to: days(start, 1), label: formatAmsterdam(start, lang, "weekday-date") };
    })
    .with(undefined, () => ({ from: now, label: t(lang, "vanaf nu", "from now on") }))
    .exhaustive();
}

/** "bevestigd" / "confirmed". */
export function statusLabel(status: AppointmentStatus, lang: Lang): string {
  return match(status)
    .with("proposed", () => t(lang, "voorgesteld", "proposed"))
    .with("confirmed", () => t(lang, "bevestigd", "confirmed"))
    .with("cancelled", () => t(lang, "geannuleerd", "cancelled"))
    .with("held", () => t(lang, "gehouden", "held"))
    .exhaustive();
}

/** The agenda: this week, next week, today, tomorrow, a date, a body, my meetings or a colleague's; a table. */
export async function agenda(turn: Turn, intent: AgendaIntent): Promise<Outcome> {
  if (intent.calendarLink) return calendarLink(turn);
  const { lang } = turn;
  const window = windowOf(turn, intent);
  if (!window) {
    return done(textReply(lang, "agenda", t(lang, "Welke datum bedoel je?", "Which date do you mean?")));
  }
  const people = await loadPeople(turn);
  let staffMember: StaffMember | undefined;
  if (intent.staff === "mine") staffMember = turn.staff;
  else if (intent.staff) {
    staffMember = findColleagueBy(people.staff, { name: intent.staff, identity: intent.staffIdentity });
    if (!staffMember) {
      return done(
        textReply(
          lang,
          "agenda",
          t(lang, `Ik ken geen collega "${intent.staff}".`, `I know no colleague called "${intent.staff}".`),
        ),
      );
    }
  }
  const body = intent.body?.status === "found" ? intent.body.body : undefined;
  const appointments = await turn.store.appointments.list({
    from: window.from,
    ...(window.to ? { to: window.to } : {}),
    ...(body ? { bodyCode: body.code } : {}),
    ...(staffMember ? { staffId: staffMember.id } : {}),
  });
  const whose = staffMember
    ? staffMember.id === turn.staff.id
      ? t(lang, "Mijn afspraken", "My meetings")
      : t(lang, `Afspraken van ${staffMember.displayName}`, `${staffMember.displayName}'s meetings`)
    : t(lang, "Afspraken", "Meetings");
  const title = `${whose}${body ? ` ${t(lang, "met", "with")} ${body.name}` : ""} ${window.label}`;
  const rows = appointments.map((a: Appointment) => [
    `${formatAmsterdam(a.start, lang, "date")} ${clockSpan(a.start, a.end, lang)}`,
    findBodyByCode(a.bodyCode)?.name ?? a.bodyCode,
    a.location ?? "",
    staffName(people, a.organizerId),
    statusLabel(a.status, lang),
  ]);
  const data = {
    appointments: appointments.map((a) => ({
      id: a.id,
      bodyCode: a.bodyCode,
      start: a.start.toISOString(),
      end: a.end.toISOString(),
      status: a.status,
    })),
    from: window.from.toISOString(),
    ...(window.to ? { to: window.to.toISOString() } : {}),
  };
  return done(
    createReply({
      lang,
      intent: "agenda",
      title,
      blocks:
        rows.length === 0
          ? [{ type: "paragraph", text: t(lang, "Geen afspraken.", "No meetings.") }]
          : [
              {
                type: "table",
                columns: [
                  t(lang, "Datum en tijd", "Date and time"),
                  t(lang, "Met", "With"),
                  t(lang, "Plaats", "Place"),
                  t(lang, "Organisator", "Organizer"),
                  t(lang, "Status", "Status"),
                ],
                rows,
              },
            ],
      data,
    }),
  );
}
