import { z } from "zod";
import { BodyCode } from "../bodies/body.ts";

function isCalendarDay(text: string): boolean {
  const [year, month, day] = text.split("-").map(Number);
  if (year === undefined || month === undefined || day === undefined) return false;
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

/** A day on the Amsterdam calendar, written as ISO `YYYY-MM-DD`: a follow-up is due on a day, not at an instant. */
export const CalendarDay = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, "a day is written YYYY-MM-DD")
  .refine(isCalendarDay, "no such day");
/** A calendar day such as `2023-11-15`. */
export type CalendarDay = z.infer<typeof CalendarDay>;

/** Something the team has to do for a body by a day, e.g. "bel half november terug" from a call note. */
export const FollowUpTask = z.object({
  id: z.string().min(1),
  bodyCode: BodyCode,
  dueOn: CalendarDay,
  /** What to do, in the words it was noted in. */
  note: z.string().max(4000).optional(),
  createdBy: z.string().min(1),
  createdAt: z.date(),
});
/** A follow-up task of a body. */
export type FollowUpTask = z.infer<typeof FollowUpTask>;
