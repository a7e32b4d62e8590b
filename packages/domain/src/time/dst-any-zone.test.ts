import { describe, expect, it } from "vitest";
import { addAmsterdamDays, amsterdamInstant } from "./amsterdam.ts";
import { addWorkingDays, nextWorkingMorning } from "./working-days.ts";

// Sets no process time zone on purpose: these must hold in UTC, Tokyo or New York alike (run with TZ=... to see).
const weeks = [
  {
    change: "spring 2023-03-26",
    before: [2023, 3, 23],
    after: [2023, 3, 30],
    beforeZ: "08:00",
    afterZ: "07:00",
  },
  {
    change: "autumn 2023-10-29",
    before: [2023, 10, 26],
    after: [2023, 11, 2],
    beforeZ: "07:00",
    afterZ: "08:00",
  },
  {
    change: "spring 2026-03-29",
    before: [2026, 3, 26],
    after: [2026, 4, 2],
    beforeZ: "08:00",
    afterZ: "07:00",
  },
  {
    change: "autumn 2026-10-25",
    before: [2026, 10, 22],
    after: [2026, 10, 29],
    beforeZ: "07:00",
    afterZ: "08:00",
  },
] as const;

const dateOf = ([y, m, d]: readonly [number, number, number]) =>
  `${y}-${String(m).padStart(2, "0")}-${String(d).padStart(2, "0")}`;

describe.each(weeks)("a 09:00 Amsterdam meeting around the $change change", (week) => {
  it("is at the right UTC instant the Thursday before and the Thursday after", () => {
    const [y1, m1, d1] = week.before;
    const [y2, m2, d2] = week.after;
    expect(amsterdamInstant(y1, m1, d1, 9, 0).toISOString()).toBe(
      `${dateOf(week.before)}T${week.beforeZ}:00.000Z`,
    );
    expect(amsterdamInstant(y2, m2, d2, 9, 0).toISOString()).toBe(
      `${dateOf(week.after)}T${week.afterZ}:00.000Z`,
    );
  });

  it("stays at 09:00 when moved a week on, and when moved five working days on", () => {
    const [y, m, d] = week.before;
    const thursday = amsterdamInstant(y, m, d, 9, 0);
    const expected = `${dateOf(week.after)}T${week.afterZ}:00.000Z`;
    expect(addAmsterdamDays(thursday, 7).toISOString()).toBe(expected);
    expect(addWorkingDays(thursday, 5).toISOString()).toBe(expected);
  });
});

describe("next working morning across the changes", () => {
  it("asks on Monday 30 October 2023 at 09:00 winter time (08:00Z) after a Friday meeting", () => {
    expect(nextWorkingMorning(new Date("2023-10-27T13:00:00Z")).toISOString()).toBe(
      "2023-10-30T08:00:00.000Z",
    );
  });

  it("asks on Monday 30 March 2026 at 09:00 summer time (07:00Z) after a Friday meeting", () => {
    expect(nextWorkingMorning(new Date("2026-03-27T14:00:00Z")).toISOString()).toBe(
      "2026-03-30T07:00:00.000Z",
    );
  });
});
