import { describe, expect, it } from "vitest";
import { parseWhen } from "./parse-when.ts";
import { applyShift } from "./relative-shift.ts";

/** Friday 20 October 2023, 12:00 in Amsterdam. */
const NOW = new Date("2023-10-20T10:00:00Z");

describe("relative changes to a meeting", () => {
  it.each([
    ["twee uur later", { days: 0, minutes: 120, endMinutes: 0 }],
    ["2 uur later", { days: 0, minutes: 120, endMinutes: 0 }],
    ["een half uur eerder", { days: 0, minutes: -30, endMinutes: 0 }],
    ["een kwartier later", { days: 0, minutes: 15, endMinutes: 0 }],
    ["anderhalf uur later", { days: 0, minutes: 90, endMinutes: 0 }],
    ["een dag later", { days: 1, minutes: 0, endMinutes: 0 }],
    ["twee dagen eerder", { days: -2, minutes: 0, endMinutes: 0 }],
    ["een week later", { days: 7, minutes: 0, endMinutes: 0 }],
    ["30 minuten langer", { days: 0, minutes: 0, endMinutes: 30 }],
    ["een kwartier korter", { days: 0, minutes: 0, endMinutes: -15 }],
    ["two hours later", { days: 0, minutes: 120, endMinutes: 0 }],
    ["an hour earlier", { days: 0, minutes: -60, endMinutes: 0 }],
    ["half an hour earlier", { days: 0, minutes: -30, endMinutes: 0 }],
    ["a day later", { days: 1, minutes: 0, endMinutes: 0 }],
    ["30 minutes longer", { days: 0, minutes: 0, endMinutes: 30 }],
    ["twee dagen op", { days: 2, minutes: 0, endMinutes: 0 }],
    ["een uur opschuiven", { days: 0, minutes: 60, endMinutes: 0 }],
  ])("reads %j as a shift, not a clock time or a duration", (text, shift) => {
    const read = parseWhen(`verzet de afspraak ${text}`, { now: NOW });
    expect(read.shift).toEqual(shift);
    expect(read.hasTime).toBe(false);
    expect(read.durationMinutes).toBeUndefined();
  });

  it("regression: 'twee uur later' was read as 14:00", () => {
    const read = parseWhen("verzet de afspraak met twee uur later", { now: NOW });
    expect([read.hasTime, read.start]).toEqual([false, undefined]);
    expect(read.shift?.minutes).toBe(120);
  });

  it("keeps the Amsterdam clock when a day later crosses the end of summer time", () => {
    // Saturday 24 October 2026, 10:00-11:00 CEST; summer time ends on Sunday the 25th.
    const moved = applyShift(new Date("2026-10-24T08:00:00Z"), new Date("2026-10-24T09:00:00Z"), {
      days: 1,
      minutes: 0,
      endMinutes: 0,
    });
    expect(moved).toEqual({ start: new Date("2026-10-25T09:00:00Z"), end: new Date("2026-10-25T10:00:00Z") });
  });

  it("moves start and end by hours, or only the end when longer", () => {
    const start = new Date("2023-10-26T11:30:00Z");
    const end = new Date("2023-10-26T12:30:00Z");
    expect(applyShift(start, end, { days: 0, minutes: 120, endMinutes: 0 })).toEqual({
      start: new Date("2023-10-26T13:30:00Z"),
      end: new Date("2023-10-26T14:30:00Z"),
    });
    expect(applyShift(start, end, { days: 0, minutes: 0, endMinutes: 30 }).end).toEqual(
      new Date("2023-10-26T13:00:00Z"),
    );
  });
});
