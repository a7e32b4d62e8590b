import { differenceInCalendarDays } from "date-fns/differenceInCalendarDays";
import type { Body } from "../bodies/body.ts";
import { compareBodiesByProvinceAndName } from "../survey/body-order.ts";
import { inAmsterdam } from "../time/amsterdam.ts";
import { workingDaysBetween } from "../time/working-days.ts";
import type { OutreachEvent } from "./outreach.ts";
import { currentOutreachStage, latestEventOfType } from "./stage.ts";

/** A body's outreach events, keyed by CBS code. */
export type OutreachEventsByCode = ReadonlyMap<string, readonly OutreachEvent[]>;

/** A body waiting for a call after its letter, and for how long (Amsterdam days). */
export type CallCandidate = {
  body: Body;
  letterSentAt: Date;
  daysWaiting: number;
  workingDaysWaiting: number;
};

/** Options of `whoNeedsACall`: `now` is injected, never read from the clock. */
export type WhoNeedsACallOptions = { now: Date; minWorkingDaysSinceLetter?: number };

/** Bodies that got a letter (the latest counts) but no call that reached anyone nor a meeting; oldest letter first. */
export function whoNeedsACall(
  bodies: readonly Body[],
  eventsByCode: OutreachEventsByCode,
  { now, minWorkingDaysSinceLetter = 0 }: WhoNeedsACallOptions,
): CallCandidate[] {
  const candidates: CallCandidate[] = [];
  for (const body of bodies) {
    const events = eventsByCode.get(body.code) ?? [];
    if (currentOutreachStage(events) !== "letter_sent") continue;
    const letter = latestEventOfType(events, "letter_sent");
    if (!letter) continue;
    const workingDaysWaiting = workingDaysBetween(letter.occurredAt, now);
    if (workingDaysWaiting < minWorkingDaysSinceLetter) continue;
    const daysWaiting = differenceInCalendarDays(now, letter.occurredAt, { in: inAmsterdam });
    candidates.push({ body, letterSentAt: letter.occurredAt, daysWaiting, workingDaysWaiting });
  }
  return candidates.sort(
    (a, b) =>
      a.letterSentAt.getTime() - b.letterSentAt.getTime() || compareBodiesByProvinceAndName(a.body, b.body),
  );
}

/** Why a body needs a follow-up: an unanswered letter, or a meeting with no support decision yet. */
export type FollowUp = {
  reason: "letter_unanswered" | "no_support_decision";
  body: Body;
  since: Date;
  workingDays: number;
};

/** Options of `needsFollowUp`: thresholds in working days (default 15; meetings default to the letter threshold). */
export type NeedsFollowUpOptions = { now: Date; workingDays?: number; meetingWorkingDays?: number };

/**
 * Bodies whose letter went out more than N working days ago without a call or meeting, and bodies whose meeting
 * was held more than N working days ago without a support decision; longest waiting first.
 */
export function needsFollowUp(
  bodies: readonly Body[],
  eventsByCode: OutreachEventsByCode,
  { now, workingDays = 15, meetingWorkingDays = workingDays }: NeedsFollowUpOptions,
): FollowUp[] {
  const followUps: FollowUp[] = [];
  for (const body of bodies) {
    const events = eventsByCode.get(body.code) ?? [];
    const stage = currentOutreachStage(events);
    if (stage === "letter_sent") {
      const letter = latestEventOfType(events, "letter_sent");
      const waited = letter ? workingDaysBetween(letter.occurredAt, now) : 0;
      if (letter && waited > workingDays) {
        followUps.push({ reason: "letter_unanswered", body, since: letter.occurredAt, workingDays: waited });
      }
    } else if (stage === "meeting_held") {
      const meeting = latestEventOfType(events, "meeting_held");
      const waited = meeting ? workingDaysBetween(meeting.occurredAt, now) : 0;
      if (meeting && waited > meetingWorkingDays) {
        followUps.push({
          reason: "no_support_decision",
          body,
          since: meeting.occurredAt,
          workingDays: waited,
        });
      }
    }
  }
  return followUps.sort(
    (a, b) => a.since.getTime() - b.since.getTime() || compareBodiesByProvinceAndName(a.body, b.body),
  );
}
