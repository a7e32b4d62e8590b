import type { Appointment } from "@weerbaar/domain";
import type { WhenResult } from "../../understanding/when/index.ts";
import type { SavedWhen } from "./pending-meeting.ts";

/** A time understanding as JSON-safe dialog state; a problem is not kept (it was already answered). */
export function saveWhen(when: WhenResult): SavedWhen {
  return {
    ...(when.start ? { start: when.start.toISOString() } : {}),
    ...(when.end ? { end: when.end.toISOString() } : {}),
    ...(when.durationMinutes !== undefined ? { durationMinutes: when.durationMinutes } : {}),
    hasDate: when.hasDate,
    hasTime: when.hasTime,
    yearGiven: when.yearGiven,
    assumptions: when.assumptions,
  };
}

/** The saved state back as a time understanding, ready for `mergeWhen`. */
export function loadWhen(saved: SavedWhen): WhenResult {
  return {
    ...(saved.start ? { start: new Date(saved.start) } : {}),
    ...(saved.end ? { end: new Date(saved.end) } : {}),
    ...(saved.durationMinutes !== undefined ? { durationMinutes: saved.durationMinutes } : {}),
    hasDate: saved.hasDate,
    hasTime: saved.hasTime,
    yearGiven: saved.yearGiven,
    assumptions: saved.assumptions,
    matchedText: [],
  };
}

/** An existing meeting's time as a full understanding: a move that names only a day keeps its hours. */
export function whenOfAppointment(appointment: Appointment): WhenResult {
  return {
    start: appointment.start,
    end: appointment.end,
    durationMinutes: Math.round((appointment.end.getTime() - appointment.start.getTime()) / 60_000),
    hasDate: true,
    hasTime: true,
    yearGiven: true,
    assumptions: [],
    matchedText: [],
  };
}

/** Nothing understood yet. */
export const emptyWhen: WhenResult = {
  hasDate: false,
  hasTime: false,
  yearGiven: false,
  assumptions: [],
  matchedText: [],
};
