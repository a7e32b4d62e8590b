import { describe, expect, it } from "vitest";
import { Appointment } from "../appointments/appointment.ts";
import { amsterdamInstant } from "../time/amsterdam.ts";
import { meetingReminderSchedule, outcomeReminderDue, ReminderKind } from "./reminder-rules.ts";

/** A one-hour meeting at an Amsterdam wall-clock time. */
function meetingAt(
  y: number,
  m: number,
  d: number,
  h: number,
  min = 0,
  status: Appointment["status"] = "confirmed",
) {
  const start = amsterdamInstant(y, m, d, h, min);
  return Appointment.parse({
    id: "appt-1",
    bodyCode: "GM1640",
    organizerId: "anna",
    start,
    end: new Date(start.getTime() + 3_600_000),
    status,
  });
}

const schedule = (a: Appointment) => meetingReminderSchedule(a).map((r) => [r.kind, r.dueAt.toISOString()]);

describe("meetingReminderSchedule", () => {
  it("reminds at 16:00 the day before and an hour before, for Thursday 26 October 2023 13:30", () => {
    expect(schedule(meetingAt(2023, 10, 26, 13, 30))).toEqual([
      ["meeting_day_before", "2023-10-25T14:00:00.000Z"],
      ["meeting_hour_before", "2023-10-26T10:30:00.000Z"],
    ]);
  });

  it("uses winter time for the Monday after the autumn change and summer time for its Sunday reminder", () => {
    expect(schedule(meetingAt(2023, 10, 30, 9))).toEqual([
      ["meeting_day_before", "2023-10-29T15:00:00.000Z"],
      ["meeting_hour_before", "2023-10-30T07:00:00.000Z"],
    ]);
    expect(schedule(meetingAt(2026, 10, 26, 9))).toEqual([
      ["meeting_day_before", "2026-10-25T15:00:00.000Z"],
      ["meeting_hour_before", "2026-10-26T07:00:00.000Z"],
    ]);
  });

  it("uses summer time on the spring change Sunday", () => {
    expect(schedule(meetingAt(2023, 3, 27, 9))).toEqual([
      ["meeting_day_before", "2023-03-26T14:00:00.000Z"],
      ["meeting_hour_before", "2023-03-27T06:00:00.000Z"],
    ]);
    expect(schedule(meetingAt(2026, 3, 30, 9))).toEqual([
      ["meeting_day_before", "2026-03-29T14:00:00.000Z"],
      ["meeting_hour_before", "2026-03-30T06:00:00.000Z"],
    ]);
  });

  it("takes the day before across a month boundary", () => {
    expect(schedule(meetingAt(2023, 11, 1, 10))[0]).toEqual([
      "meeting_day_before",
      "2023-10-31T15:00:00.000Z",
    ]);
  });

  it("has no reminders for a cancelled or held meeting", () => {
    expect(meetingReminderSchedule(meetingAt(2023, 10, 26, 13, 30, "cancelled"))).toEqual([]);
    expect(meetingReminderSchedule(meetingAt(2023, 10, 26, 13, 30, "held"))).toEqual([]);
  });
});

describe("outcomeReminderDue", () => {
  it("asks the next working morning at 09:00 Amsterdam", () => {
    expect(outcomeReminderDue(meetingAt(2023, 10, 26, 13, 30))?.toISOString()).toBe(
      "2023-10-27T07:00:00.000Z",
    );
  });

  it("skips the weekend of the autumn change (Friday meeting → Monday 08:00Z)", () => {
    expect(outcomeReminderDue(meetingAt(2023, 10, 27, 14))?.toISOString()).toBe("2023-10-30T08:00:00.000Z");
    expect(outcomeReminderDue(meetingAt(2026, 10, 23, 14))?.toISOString()).toBe("2026-10-26T08:00:00.000Z");
  });

  it("skips the weekend of the spring change (Friday meeting → Monday 07:00Z)", () => {
    expect(outcomeReminderDue(meetingAt(2026, 3, 27, 14))?.toISOString()).toBe("2026-03-30T07:00:00.000Z");
  });

  it("skips Koningsdag and gives nothing for a cancelled meeting", () => {
    expect(outcomeReminderDue(meetingAt(2023, 4, 26, 15))?.toISOString()).toBe("2023-04-28T07:00:00.000Z");
    expect(outcomeReminderDue(meetingAt(2023, 10, 26, 13, 30, "cancelled"))).toBeUndefined();
  });
});

describe("ReminderKind", () => {
  it("lists the five kinds", () => {
    expect(ReminderKind.options).toEqual([
      "meeting_day_before",
      "meeting_hour_before",
      "meeting_outcome",
      "outreach_follow_up",
      "weekly_digest",
    ]);
  });
});
