import { describe, expect, it } from "vitest";
import { amsterdamInstant } from "../time/amsterdam.ts";
import type { OutreachEvent } from "./outreach.ts";
import {
  currentOutreachStage,
  latestEventOfType,
  latestSupportDecision,
  outreachStageRank,
} from "./stage.ts";

const base = { bodyCode: "GM1640", recordedBy: "staff-1" };
const on = (day: number) => amsterdamInstant(2023, 10, day, 10, 0);

describe("currentOutreachStage", () => {
  it("is not_contacted without events", () => {
    expect(currentOutreachStage([])).toBe("not_contacted");
  });

  it("takes the highest stage reached whatever the order", () => {
    const events: OutreachEvent[] = [
      { type: "meeting_planned", occurredAt: on(10), ...base },
      { type: "letter_sent", occurredAt: on(2), ...base },
      { type: "called", reached: true, occurredAt: on(5), ...base },
    ];
    expect(currentOutreachStage(events)).toBe("meeting_planned");
  });

  it("does not count a call that reached nobody", () => {
    const events: OutreachEvent[] = [
      { type: "letter_sent", occurredAt: on(2), ...base },
      { type: "called", reached: false, occurredAt: on(5), ...base },
    ];
    expect(currentOutreachStage(events)).toBe("letter_sent");
  });

  it("puts support offered and support declined in follow_up", () => {
    expect(currentOutreachStage([{ type: "support_declined", occurredAt: on(20), ...base }])).toBe(
      "follow_up",
    );
    expect(
      currentOutreachStage([
        { type: "meeting_held", occurredAt: on(19), ...base },
        { type: "support_offered", support: ["training"], occurredAt: on(20), ...base },
      ]),
    ).toBe("follow_up");
  });

  it("ranks stages in order", () => {
    expect(outreachStageRank("not_contacted")).toBe(0);
    expect(outreachStageRank("follow_up")).toBe(5);
  });
});

describe("latest events", () => {
  const events: OutreachEvent[] = [
    { type: "letter_sent", occurredAt: on(9), note: "tweede brief", ...base },
    { type: "letter_sent", occurredAt: on(2), note: "eerste brief", ...base },
    { type: "support_offered", support: ["moderation"], occurredAt: on(20), ...base },
    { type: "support_declined", occurredAt: on(24), ...base },
  ];

  it("finds the latest event of a type by instant", () => {
    expect(latestEventOfType(events, "letter_sent")?.note).toBe("tweede brief");
    expect(latestEventOfType(events, "meeting_held")).toBeUndefined();
  });

  it("finds the latest support decision", () => {
    expect(latestSupportDecision(events)).toEqual({ decision: "declined", at: on(24) });
    expect(latestSupportDecision(events.slice(0, 3))).toEqual({
      decision: "offered",
      support: ["moderation"],
      at: on(20),
    });
    expect(latestSupportDecision([])).toBeUndefined();
  });
});
