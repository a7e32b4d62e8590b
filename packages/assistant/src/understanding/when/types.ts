import type { RelativeShift } from "./relative-shift.ts";

/** Something the reader inferred rather than read; the assistant asks the user to confirm it. */
export type WhenAssumption =
  | "bare_hour_afternoon"
  | "moved_to_next_year"
  | "weekday_next_week"
  | "next_weekday_ambiguous"
  | "weekday_does_not_match_date"
  | "moved_to_tomorrow";

/** Why a time that was read cannot be used as it stands. */
export type WhenProblemKind =
  | "past_date_with_year"
  | "end_before_start"
  | "invalid_date"
  | "weekday_mismatch";

/** A refusal with an explanation for the user in Dutch and English. */
export type WhenProblem = { kind: WhenProblemKind; message: { nl: string; en: string } };

/** A meeting time understood from text. */
export type WhenResult = {
  start?: Date;
  end?: Date;
  durationMinutes?: number;
  hasDate: boolean;
  hasTime: boolean;
  yearGiven: boolean;
  assumptions: WhenAssumption[];
  matchedText: string[];
  problem?: WhenProblem;
  /** A change relative to the meeting being moved: "twee uur later", "30 minuten langer". */
  shift?: RelativeShift;
};

/** Options for reading a time: the reference instant and the language to prefer on ties. */
export type ParseWhenOptions = { now: Date; lang?: "nl" | "en" };

/** A day on the Amsterdam calendar (month 1-12). */
export type CalendarDate = { year: number; month: number; day: number };

/** A wall-clock time in Amsterdam. */
export type ClockTime = { hour: number; minute: number };
