import { Appointment, amsterdamInstant, type OutreachEvent } from "@weerbaar/domain";
import { describe, expect, it } from "vitest";
import { reminderConfig } from "./config.ts";
import { groupByBody } from "./load.ts";
import { followUpDueAt, planReminders } from "./plan.ts";
import type { ReminderData, SubscriptionLike } from "./subjects.ts";

const config = reminderConfig();

function meeting(startIso: Date | string, overrides: Partial<Appointment> = {}): Appointment {
  const start = new Date(startIso);
  return Appointment.parse({
    id: "appt-1",
    bodyCode: "GM1640",
    organizerId: "staff-anna",
    start,
    end: new Date(start.getTime() + 3_600_000),
    status: "confirmed",
    ...overrides,
  });
}

function sub(
  kind: string,
  channelId = "19:team@thread",
  createdBy = "staff-anna",
  platform = "teams",
): SubscriptionLike {
  return { platform, channelId, kind, createdBy, createdAt: new Date("2020-01-01T00:00:00Z") };
}

function data(parts: Partial<ReminderData>): ReminderData {
  return { appointments: [], outreachByCode: new Map(), subscriptions: [], ...parts };
}

const dueTimes = (inputs: ReturnType<typeof planReminders>) =>
  inputs.map((i) => [(i.payload as { kind: string }).kind, i.dueAt.toISOString()]);

describe("planReminders: meetings", () => {
  it("plans the day-before (Sunday 16:00 summer time) and hour-before reminders of Monday 30 October 2023 09:00", () => {
    const monday = amsterdamInstant(2023, 10, 30, 9);
    expect(monday.toISOString()).toBe("2023-10-30T08:00:00.000Z");
    const planned = planReminders(
      data({ appointments: [meeting(monday)], subscriptions: [sub("meetings")] }),
      {
        now: new Date("2023-10-27T10:00:00Z"),
        config,
      },
    );
    expect(dueTimes(planned)).toEqual([
      ["meeting_day_before", "2023-10-29T15:00:00.000Z"],
      ["meeting_hour_before", "2023-10-30T07:00:00.000Z"],
    ]);
  });

  it("plans Sunday 26 March 2023 16:00 summer time (14:00Z) for a meeting on Monday 27 March 2023 09:00 (07:00Z)", () => {
    const planned = planReminders(
      data({ appointments: [meeting(amsterdamInstant(2023, 3, 27, 9))], subscriptions: [sub("meetings")] }),
      { now: new Date("2023-03-24T10:00:00Z"), config },
    );
    expect(dueTimes(planned)).toEqual([
      ["meeting_day_before", "2023-03-26T14:00:00.000Z"],
      ["meeting_hour_before", "2023-03-27T06:00:00.000Z"],
    ]);
  });

  it("plans Saturday 25 March 2023 16:00 winter time (15:00Z) for a Sunday meeting on the spring change day", () => {
    const planned = planReminders(
      data({ appointments: [meeting(amsterdamInstant(2023, 3, 26, 10))], subscriptions: [sub("meetings")] }),
      { now: new Date("2023-03-20T10:00:00Z"), config },
    );
    expect(dueTimes(planned)).toEqual([
      ["meeting_day_before", "2023-03-25T15:00:00.000Z"],
      ["meeting_hour_before", "2023-03-26T07:00:00.000Z"],
    ]);
  });

  it("keys every delivery by appointment, sequence, kind and channel, one per subscribed channel", () => {
    const planned = planReminders(
      data({
        appointments: [meeting("2023-10-26T11:30:00Z", { sequence: 2 })],
        subscriptions: [sub("meetings", "a"), sub("meetings", "!room:hs", "staff-anna", "matrix")],
      }),
      { now: new Date("2023-10-20T10:00:00Z"), config },
    );
    expect(planned.map((p) => p.key).sort()).toEqual([
      "meeting:appt-1:2:meeting_day_before:matrix:!room:hs",
      "meeting:appt-1:2:meeting_day_before:teams:a",
      "meeting:appt-1:2:meeting_hour_before:matrix:!room:hs",
      "meeting:appt-1:2:meeting_hour_before:teams:a",
    ]);
  });

  it("sends a meeting's reminders to channels its organizer or staff attendees subscribed, or to all when configured", () => {
    const appointments = [
      meeting("2023-10-26T11:30:00Z", { attendees: [{ type: "staff", staffId: "staff-bob" }] }),
    ];
    const subscriptions = [
      sub("meetings", "anna", "staff-anna"),
      sub("meetings", "bob", "staff-bob"),
      sub("meetings", "carl", "staff-carl"),
    ];
    const now = new Date("2023-10-20T10:00:00Z");
    const channels = (audience: "participants" | "all") =>
      [
        ...new Set(
          planReminders(data({ appointments, subscriptions }), {
            now,
            config: reminderConfig({ meetingAudience: audience }),
          }).map((p) => p.channelId),
        ),
      ].sort();
    expect(channels("participants")).toEqual(["anna", "bob"]);
    expect(channels("all")).toEqual(["anna", "bob", "carl"]);
  });

  it("plans nothing for a cancelled meeting, nor beyond the horizon", () => {
    const subscriptions = [sub("meetings"), sub("follow_ups")];
    const now = new Date("2023-10-20T10:00:00Z");
    expect(
      planReminders(
        data({ appointments: [meeting("2023-10-26T11:30:00Z", { status: "cancelled" })], subscriptions }),
        { now, config },
      ),
    ).toEqual([]);
    expect(
      planReminders(data({ appointments: [meeting("2023-11-26T11:30:00Z")], subscriptions }), {
        now,
        config,
      }),
    ).toEqual([]);
  });
});

describe("planReminders: outcome questions", () => {
  const held = meeting("2023-10-26T11:30:00Z");
  const subscriptions = [sub("follow_ups")];

  it("asks the next working morning at 09:00 until the outcome is recorded, only the latest due round", () => {
    const friday = planReminders(data({ appointments: [held], subscriptions }), {
      now: new Date("2023-10-27T07:00:00Z"),
      config,
    });
    expect(friday.map((p) => [p.key, p.dueAt.toISOString()])).toEqual([
      ["outcome:appt-1:1:teams:19:team@thread", "2023-10-27T07:00:00.000Z"],
    ]);
    // Round 2 is Monday 30 October 09:00, winter time (08:00Z).
    const monday = planReminders(data({ appointments: [held], subscriptions }), {
      now: new Date("2023-10-30T12:00:00Z"),
      config,
    });
    expect(monday.map((p) => [p.key, p.dueAt.toISOString()])).toEqual([
      ["outcome:appt-1:2:teams:19:team@thread", "2023-10-30T08:00:00.000Z"],
    ]);
    expect(friday[0]?.payload).toMatchObject({ kind: "meeting_outcome" });
  });

  it("stops once a meeting_held or support decision is recorded, or the meeting is held", () => {
    const now = new Date("2023-10-27T08:00:00Z");
    const event: OutreachEvent = {
      type: "support_declined",
      bodyCode: "GM1640",
      occurredAt: new Date("2023-10-26T13:00:00Z"),
      recordedBy: "staff-anna",
    };
    expect(
      planReminders(data({ appointments: [held], subscriptions, outreachByCode: groupByBody([event]) }), {
        now,
        config,
      }),
    ).toEqual([]);
    expect(
      planReminders(data({ appointments: [{ ...held, status: "held" }], subscriptions }), { now, config }),
    ).toEqual([]);
  });
});

describe("planReminders: outreach follow-ups", () => {
  const letter: OutreachEvent = {
    type: "letter_sent",
    bodyCode: "GM1640",
    occurredAt: new Date("2023-10-02T10:00:00Z"),
    recordedBy: "staff-anna",
  };

  it("is due 09:00 on the first working day more than 15 working days after the letter", () => {
    // 2 October 2023 (Monday) + 16 working days = Tuesday 24 October.
    expect(followUpDueAt(letter.occurredAt, 15).toISOString()).toBe("2023-10-24T07:00:00.000Z");
    const plan = (now: string, workingDays?: number) =>
      planReminders(data({ outreachByCode: groupByBody([letter]), subscriptions: [sub("follow_ups")] }), {
        now: new Date(now),
        config: reminderConfig(workingDays ? { followUpWorkingDays: workingDays } : {}),
      });
    expect(plan("2023-10-24T06:59:00Z")).toEqual([]);
    expect(plan("2023-10-24T07:00:00Z").map((p) => p.key)).toEqual([
      "follow_up:GM1640:letter_unanswered:2023-10-02T10:00:00.000Z:teams:19:team@thread",
    ]);
    expect(plan("2023-10-10T07:00:00Z", 5).map((p) => p.dueAt.toISOString())).toEqual([
      "2023-10-10T07:00:00.000Z",
    ]);
  });

  it("reminds of a held meeting without a support decision, and not after a call", () => {
    const meetingHeld: OutreachEvent = {
      type: "meeting_held",
      bodyCode: "GM1640",
      occurredAt: new Date("2023-10-02T10:00:00Z"),
      recordedBy: "x",
    };
    const called: OutreachEvent = {
      type: "called",
      reached: true,
      bodyCode: "GM1640",
      occurredAt: new Date("2023-10-05T10:00:00Z"),
      recordedBy: "x",
    };
    const now = new Date("2023-11-01T10:00:00Z");
    const subscriptions = [sub("follow_ups")];
    const heldPlan = planReminders(data({ outreachByCode: groupByBody([meetingHeld]), subscriptions }), {
      now,
      config,
    });
    expect(heldPlan.map((p) => (p.payload as { reason: string }).reason)).toEqual(["no_support_decision"]);
    expect(
      planReminders(data({ outreachByCode: groupByBody([letter, called]), subscriptions }), { now, config }),
    ).toEqual([]);
  });
});

describe("planReminders: weekly digest", () => {
  const digestAt = (now: string, createdAt = "2020-01-01T00:00:00Z") =>
    planReminders(data({ subscriptions: [{ ...sub("digest"), createdAt: new Date(createdAt) }] }), {
      now: new Date(now),
      config,
    }).map((p) => p.dueAt.toISOString());

  it("is due Monday 09:00 Amsterdam: 07:00Z in summer, 08:00Z in winter, around both clock changes", () => {
    expect(digestAt("2023-10-23T07:00:00Z")).toEqual(["2023-10-23T07:00:00.000Z"]);
    expect(digestAt("2023-10-30T07:59:59Z")).toEqual(["2023-10-23T07:00:00.000Z"]);
    expect(digestAt("2023-10-30T08:00:00Z")).toEqual(["2023-10-30T08:00:00.000Z"]);
    expect(digestAt("2023-03-20T08:00:00Z")).toEqual(["2023-03-20T08:00:00.000Z"]);
    expect(digestAt("2023-03-27T06:59:00Z")).toEqual(["2023-03-20T08:00:00.000Z"]);
    expect(digestAt("2023-03-27T07:00:00Z")).toEqual(["2023-03-27T07:00:00.000Z"]);
  });

  it("follows a configured cron and skips runs from before the channel subscribed", () => {
    const friday = planReminders(data({ subscriptions: [sub("digest")] }), {
      now: new Date("2023-10-27T15:00:00Z"),
      config: reminderConfig({ digestCron: "30 16 * * 5" }),
    });
    expect(friday.map((p) => p.dueAt.toISOString())).toEqual(["2023-10-27T14:30:00.000Z"]);
    expect(digestAt("2023-10-30T09:00:00Z", "2023-10-30T08:30:00Z")).toEqual([]);
  });
});
