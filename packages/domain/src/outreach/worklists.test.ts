import { describe, expect, it } from "vitest";
import type { Body } from "../bodies/body.ts";
import { findBodyByCode } from "../bodies/reference-data.ts";
import { amsterdamInstant } from "../time/amsterdam.ts";
import type { OutreachEvent } from "./outreach.ts";
import { needsFollowUp, whoNeedsACall } from "./worklists.ts";

/** Records outreach for a few bodies; dates are Amsterdam dates in 2023 at 10:00. */
function outreachScenario() {
  const events = new Map<string, OutreachEvent[]>();
  const bodies: Body[] = [];
  const at = (month: number, day: number) => amsterdamInstant(2023, month, day, 10, 0);
  const scenario = {
    body(code: string, ...timeline: Array<[OutreachEvent["type"], number, number, Partial<OutreachEvent>?]>) {
      const body = findBodyByCode(code);
      if (!body) throw new Error(`no body ${code}`);
      bodies.push(body);
      events.set(
        code,
        timeline.map(
          ([type, month, day, extra]) =>
            ({
              type,
              bodyCode: code,
              occurredAt: at(month, day),
              recordedBy: "staff-1",
              ...(type === "called" ? { reached: true } : {}),
              ...(type === "support_offered" ? { support: ["training"] } : {}),
              ...extra,
            }) as OutreachEvent,
        ),
      );
      return scenario;
    },
    bodies,
    events,
  };
  return scenario;
}

const now = amsterdamInstant(2023, 10, 30, 9, 0); // Monday after the autumn change

describe("whoNeedsACall", () => {
  const s = outreachScenario()
    .body("GM1640", ["letter_sent", 10, 20]) // Leudal: Friday letter
    .body("GM0935", ["letter_sent", 10, 2]) // Maastricht: older letter
    .body("GM0983", ["letter_sent", 10, 2], ["called", 10, 10]) // Venlo: called
    .body("GM0917", ["letter_sent", 10, 3], ["called", 10, 10, { reached: false }]) // Heerlen: nobody answered
    .body("GM0888") // Beek: nothing yet
    .body("GM0889", ["letter_sent", 10, 2], ["meeting_planned", 10, 12]); // Beesel: meeting planned

  it("lists letters without a call that reached anyone, oldest first, with days waiting", () => {
    const rows = whoNeedsACall(s.bodies, s.events, { now });
    expect(rows.map((r) => [r.body.name, r.daysWaiting, r.workingDaysWaiting])).toEqual([
      ["Maastricht", 28, 20],
      ["Heerlen", 27, 19],
      ["Leudal", 10, 6],
    ]);
  });

  it("leaves out letters younger than the minimum", () => {
    expect(
      whoNeedsACall(s.bodies, s.events, { now, minWorkingDaysSinceLetter: 7 }).map((r) => r.body.name),
    ).toEqual(["Maastricht", "Heerlen"]);
  });

  it("counts from the latest letter when a second one was sent", () => {
    const again = outreachScenario().body("GM1640", ["letter_sent", 9, 1], ["letter_sent", 10, 27]);
    const [row] = whoNeedsACall(again.bodies, again.events, { now });
    expect(row?.letterSentAt.toISOString()).toBe("2023-10-27T08:00:00.000Z");
    expect(row?.workingDaysWaiting).toBe(1);
  });
});

describe("needsFollowUp", () => {
  const s = outreachScenario()
    .body("GM0935", ["letter_sent", 10, 2]) // 20 working days: follow up
    .body("GM1640", ["letter_sent", 10, 20]) // 6 working days: not yet
    .body("GM0983", ["letter_sent", 9, 1], ["meeting_held", 10, 5]) // meeting 17 working days ago, no decision
    .body("GM0917", ["letter_sent", 9, 1], ["meeting_held", 10, 5], ["support_declined", 10, 9]) // decided
    .body("GM0888", ["letter_sent", 9, 1], ["meeting_held", 10, 25]); // recent meeting

  it("finds unanswered letters and undecided meetings after 15 working days", () => {
    expect(
      needsFollowUp(s.bodies, s.events, { now }).map((f) => [f.reason, f.body.name, f.workingDays]),
    ).toEqual([
      ["letter_unanswered", "Maastricht", 20],
      ["no_support_decision", "Venlo", 17],
    ]);
  });

  it("needs strictly more than N working days", () => {
    expect(needsFollowUp(s.bodies, s.events, { now, workingDays: 20 }).map((f) => f.body.name)).toEqual([]);
    expect(needsFollowUp(s.bodies, s.events, { now, workingDays: 19 }).map((f) => f.body.name)).toEqual([
      "Maastricht",
    ]);
  });

  it("takes a separate threshold for meetings", () => {
    expect(
      needsFollowUp(s.bodies, s.events, { now, workingDays: 30, meetingWorkingDays: 2 }).map(
        (f) => f.body.name,
      ),
    ).toEqual(["Venlo", "Beek"]);
  });
});
