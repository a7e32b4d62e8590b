import { describe, expect, it } from "vitest";
import { readFollowUpDay } from "./follow-up-day.ts";

// Friday 20 October 2023, noon in Amsterdam.
const now = new Date("2023-10-20T10:00:00Z");

describe("the day a follow-up is due", () => {
  it.each([
    ["Bel half november terug.", "2023-11-15"],
    ["Eind november terugbellen", "2023-11-30"],
    ["begin december mailen", "2023-12-01"],
    ["call back mid-November", "2023-11-15"],
    ["follow up at the end of January", "2024-01-31"],
    ["in januari opnieuw contact", "2024-01-02"],
    ["Terugbellen op 14 november", "2023-11-14"],
    ["over twee weken opnieuw bellen", "2023-11-03"],
    ["volgende week dinsdag nabellen", "2023-10-24"],
    ["call them next Tuesday", "2023-10-24"],
  ])("%s → %s", (text, day) => {
    expect(readFollowUpDay(text, now)).toBe(day);
  });

  it("is undefined without a day, or for a day that has passed", () => {
    expect(readFollowUpDay("bel ze na de zomer", now)).toBeUndefined();
    expect(readFollowUpDay("bellen op 3 oktober 2023", now)).toBeUndefined();
  });
});
