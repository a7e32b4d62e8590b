import { Appointment } from "@weerbaar/domain";
import { describe, expect, it } from "vitest";
import { checkDelivery } from "./check.ts";
import { reminderConfig } from "./config.ts";
import type { ReminderPayload } from "./payload.ts";
import type { ReminderData } from "./subjects.ts";

const config = reminderConfig();
const start = new Date("2023-10-30T08:00:00Z");
const appointment = Appointment.parse({
  id: "appt-1",
  bodyCode: "GM1640",
  organizerId: "staff-anna",
  start,
  end: new Date("2023-10-30T09:00:00Z"),
  status: "confirmed",
  sequence: 1,
});
const subscriptions = ["meetings", "follow_ups", "digest"].map((kind) => ({
  platform: "teams",
  channelId: "c1",
  kind,
  createdBy: "staff-anna",
  createdAt: new Date("2020-01-01T00:00:00Z"),
}));
const data = (a: Appointment = appointment): ReminderData => ({
  appointments: [a],
  outreachByCode: new Map(),
  subscriptions,
});

const check = (payload: ReminderPayload, now: string, d = data(), dueAt = "2023-10-29T15:00:00Z") =>
  checkDelivery({ platform: "teams", channelId: "c1", dueAt: new Date(dueAt), payload }, d, {
    now: new Date(now),
    config,
  });

const dayBefore: ReminderPayload = { kind: "meeting_day_before", appointmentId: "appt-1", sequence: 1 };
const hourBefore: ReminderPayload = { kind: "meeting_hour_before", appointmentId: "appt-1", sequence: 1 };

describe("checkDelivery", () => {
  it("sends a due meeting reminder of the current sequence", () => {
    expect(check(dayBefore, "2023-10-29T15:00:00Z")).toEqual({ send: true });
    expect(check(hourBefore, "2023-10-30T07:59:00Z")).toEqual({ send: true });
  });

  it("withdraws reminders of an older sequence, a cancelled or unknown meeting, or an unsubscribed channel", () => {
    expect(check({ ...dayBefore, sequence: 0 }, "2023-10-29T15:00:00Z")).toMatchObject({
      send: false,
      stale: false,
      reason: "meeting changed (sequence 0 → 1)",
    });
    expect(
      check(dayBefore, "2023-10-29T15:00:00Z", data({ ...appointment, status: "cancelled" })),
    ).toMatchObject({ send: false, reason: "meeting cancelled" });
    expect(check(dayBefore, "2023-10-29T15:00:00Z", { ...data(), appointments: [] })).toMatchObject({
      send: false,
      reason: "meeting not found",
    });
    expect(check(dayBefore, "2023-10-29T15:00:00Z", { ...data(), subscriptions: [] })).toMatchObject({
      send: false,
      stale: false,
    });
  });

  it("calls an hour-before reminder stale once the meeting started or is over, a day-before one after the meeting", () => {
    expect(check(hourBefore, "2023-10-30T08:00:00Z")).toEqual({
      send: false,
      stale: true,
      reason: "meeting already started",
    });
    expect(check(hourBefore, "2023-10-30T10:00:00Z")).toEqual({
      send: false,
      stale: true,
      reason: "meeting already over",
    });
    expect(check(dayBefore, "2023-10-30T10:00:00Z")).toMatchObject({ send: false, stale: true });
    expect(check(dayBefore, "2023-10-30T07:30:00Z")).toEqual({
      send: false,
      stale: true,
      reason: "the hour-before reminder is due instead",
    });
    expect(check(dayBefore, "2023-10-30T06:59:00Z")).toEqual({ send: true });
  });

  it("drops an outcome question once answered or superseded by the next working morning", () => {
    const outcome: ReminderPayload = { kind: "meeting_outcome", appointmentId: "appt-1", round: 1 };
    expect(check(outcome, "2023-10-31T08:00:00Z", data(), "2023-10-31T08:00:00Z")).toEqual({ send: true });
    expect(check(outcome, "2023-11-01T08:00:00Z", data(), "2023-10-31T08:00:00Z")).toMatchObject({
      stale: true,
    });
    expect(
      check(
        outcome,
        "2023-10-31T08:00:00Z",
        data({ ...appointment, status: "held" }),
        "2023-10-31T08:00:00Z",
      ),
    ).toMatchObject({ send: false, reason: "outcome recorded" });
  });

  it("drops a weekly digest once the next one is due", () => {
    const digest: ReminderPayload = { kind: "weekly_digest", runAt: "2023-10-23T07:00:00.000Z" };
    expect(check(digest, "2023-10-30T07:59:00Z", data(), "2023-10-23T07:00:00Z")).toEqual({ send: true });
    expect(check(digest, "2023-10-30T08:00:00Z", data(), "2023-10-23T07:00:00Z")).toMatchObject({
      stale: true,
    });
  });
});
