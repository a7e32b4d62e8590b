import { match } from "ts-pattern";
import type { Language } from "../language.ts";
import { amsterdamDateKey, formatAmsterdam, toAmsterdam } from "./amsterdam.ts";
import { type PublicHoliday, publicHolidayOn } from "./holidays.ts";

/** The earliest hour a meeting may start, Amsterdam time. */
export const OFFICE_OPENS_HOUR = 8;
/** The latest hour a meeting may end, Amsterdam time (evening council meetings run until then). */
export const OFFICE_CLOSES_HOUR = 20;

/** Why a meeting time is outside office hours; the assistant phrases it with `describeOfficeHoursProblem`. */
export type OfficeHoursProblem =
  | { kind: "before_office_hours"; start: Date }
  | { kind: "after_office_hours"; end: Date }
  | { kind: "weekend"; day: Date }
  | { kind: "public_holiday"; day: Date; holiday: PublicHoliday };

function minutesOfDay(instant: Date): number {
  const local = toAmsterdam(instant);
  return local.getHours() * 60 + local.getMinutes();
}

/** The reasons a meeting from `start` to `end` falls outside office hours (08:00–20:00, working days); empty when fine. */
export function officeHoursProblems(start: Date, end: Date): OfficeHoursProblem[] {
  const problems: OfficeHoursProblem[] = [];
  if (minutesOfDay(start) < OFFICE_OPENS_HOUR * 60) problems.push({ kind: "before_office_hours", start });
  const endsOnLaterDay = amsterdamDateKey(end) !== amsterdamDateKey(start);
  if (endsOnLaterDay || minutesOfDay(end) > OFFICE_CLOSES_HOUR * 60) {
    problems.push({ kind: "after_office_hours", end });
  }
  const weekday = toAmsterdam(start).getDay();
  if (weekday === 0 || weekday === 6) problems.push({ kind: "weekend", day: start });
  const holiday = publicHolidayOn(start);
  if (holiday) problems.push({ kind: "public_holiday", day: start, holiday });
  return problems;
}

/** One office-hours problem as a short sentence in Dutch or English. */
export function describeOfficeHoursProblem(problem: OfficeHoursProblem, lang: Language): string {
  const nl = lang === "nl";
  return match(problem)
    .with({ kind: "before_office_hours" }, (p) =>
      nl
        ? `begint om ${formatAmsterdam(p.start, lang, "time")}, vóór 08:00`
        : `starts at ${formatAmsterdam(p.start, lang, "time")}, before 08:00`,
    )
    .with({ kind: "after_office_hours" }, (p) =>
      nl
        ? `eindigt om ${formatAmsterdam(p.end, lang, "time")}, na 20:00`
        : `ends at ${formatAmsterdam(p.end, lang, "time")}, after 20:00`,
    )
    .with({ kind: "weekend" }, (p) =>
      nl
        ? `valt in het weekend (${formatAmsterdam(p.day, lang, "weekday-date")})`
        : `falls on a weekend (${formatAmsterdam(p.day, lang, "weekday-date")})`,
    )
    .with({ kind: "public_holiday" }, (p) =>
      nl ? `valt op een feestdag: ${p.holiday.name.nl}` : `falls on a public holiday: ${p.holiday.name.en}`,
    )
    .exhaustive();
}
