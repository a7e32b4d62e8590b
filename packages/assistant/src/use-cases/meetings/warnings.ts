import {
  type Appointment,
  describeOfficeHoursProblem,
  findBodyByCode,
  findConflicts,
  formatAmsterdam,
  involvesStaff,
  officeHoursProblems,
} from "@weerbaar/domain";
import type { Lang } from "@weerbaar/reply";
import { match } from "ts-pattern";
import type { Turn } from "../../conversation/turn.ts";
import { t } from "../../messages/labels.ts";
import type { WhenAssumption } from "../../understanding/when/index.ts";
import { clockSpan, type People, staffName } from "./describe.ts";

/** The non-cancelled meetings of any of these staff that overlap the slot, earliest first. */
export async function conflictsFor(
  turn: Turn,
  slot: { start: Date; end: Date; staffIds: readonly string[]; excludeId?: string },
): Promise<Appointment[]> {
  const around = await turn.store.appointments.list({ from: slot.start, to: slot.end });
  const found = new Map<string, Appointment>();
  for (const staffId of slot.staffIds) {
    const query = {
      start: slot.start,
      end: slot.end,
      staffId,
      ...(slot.excludeId ? { excludeId: slot.excludeId } : {}),
    };
    for (const conflict of findConflicts(around, query)) found.set(conflict.id, conflict);
  }
  return [...found.values()].sort((a, b) => a.start.getTime() - b.start.getTime());
}

/** "je hebt dan al een afspraak met Leudal, 13:30-14:30" or "Piet heeft dan al ...", in the user's language. */
export function conflictSentence(conflict: Appointment, people: People, askerId: string, lang: Lang): string {
  const body = findBodyByCode(conflict.bodyCode)?.name ?? conflict.bodyCode;
  const span = clockSpan(conflict.start, conflict.end, lang);
  const day = formatAmsterdam(conflict.start, lang, "weekday-date");
  if (involvesStaff(conflict, askerId)) {
    return t(
      lang,
      `Let op: je hebt dan al een afspraak met ${body}, ${span} (${day}).`,
      `Note: you already have a meeting with ${body}, ${span} (${day}).`,
    );
  }
  const name = staffName(people, conflict.organizerId);
  return t(
    lang,
    `Let op: ${name} heeft dan al een afspraak met ${body}, ${span} (${day}).`,
    `Note: ${name} already has a meeting with ${body}, ${span} (${day}).`,
  );
}

/** Sentences for a time outside office hours (early, late, weekend, public holiday); empty when fine. */
export function officeHoursSentences(start: Date, end: Date, lang: Lang): string[] {
  return officeHoursProblems(start, end).map(
    (problem) =>
      `${t(lang, "Buiten kantoortijden: de afspraak", "Outside office hours: the meeting")} ${describeOfficeHoursProblem(problem, lang)}.`,
  );
}

/** What was assumed when reading the time, so the user can check it. */
export function assumptionSentence(assumption: string, start: Date, lang: Lang): string | undefined {
  const day = formatAmsterdam(start, lang, "weekday-date");
  const time = formatAmsterdam(start, lang, "time");
  return match(assumption as WhenAssumption)
    .with("moved_to_next_year", () =>
      t(
        lang,
        `Die datum is dit jaar al voorbij; ik ga uit van ${day}.`,
        `That date has passed this year; I assume ${day}.`,
      ),
    )
    .with("bare_hour_afternoon", () =>
      t(lang, `Ik ga uit van ${time} ('s middags).`, `I assume ${time} (in the afternoon).`),
    )
    .with("weekday_next_week", () =>
      t(lang, `Ik ga uit van volgende week: ${day}.`, `I assume next week: ${day}.`),
    )
    .with("next_weekday_ambiguous", () =>
      t(
        lang,
        `"Volgende" kan twee dagen betekenen; ik ga uit van ${day}.`,
        `"Next" can mean two days; I assume ${day}.`,
      ),
    )
    .with("weekday_does_not_match_date", () =>
      t(
        lang,
        `De weekdag past niet bij de datum; ik ga uit van ${day}.`,
        `The weekday does not match the date; I assume ${day}.`,
      ),
    )
    .with("moved_to_tomorrow", () =>
      t(
        lang,
        `Die tijd is vandaag al voorbij; ik ga uit van morgen, ${day}.`,
        `That time has passed today; I assume tomorrow, ${day}.`,
      ),
    )
    .otherwise(() => undefined);
}

/** Every assumption as a sentence. */
export function assumptionSentences(assumptions: readonly string[], start: Date, lang: Lang): string[] {
  return assumptions
    .map((a) => assumptionSentence(a, start, lang))
    .filter((s): s is string => s !== undefined);
}

/** The conflict sentences for the staff involved. */
export function conflictSentences(
  conflicts: readonly Appointment[],
  people: People,
  askerId: string,
  lang: Lang,
): string[] {
  return conflicts.map((c) => conflictSentence(c, people, askerId, lang));
}
