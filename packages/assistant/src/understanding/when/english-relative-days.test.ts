import { describe, expect, it } from "vitest";
import { parseWhen } from "./parse-when.ts";

/** Wednesday 25 November 2026, 11:00 in Amsterdam (CET). */
const WED = new Date("2026-11-25T10:00:00Z");
const read = (text: string, lang: "nl" | "en" = "en") => parseWhen(text, { now: WED, lang });

describe("relative days in English, as in Dutch", () => {
  it.each([
    ["Friday next week at 9", "2026-12-04T08:00:00.000Z"],
    ["next week Friday at 9", "2026-12-04T08:00:00.000Z"],
    ["Thursday next week at 10", "2026-12-03T09:00:00.000Z"],
    ["the day after tomorrow at 11", "2026-11-27T10:00:00.000Z"],
  ])("%j starts at %s", (text, start) => {
    expect(read(text).start?.toISOString()).toBe(start);
  });

  it("counts weeks from today, with or without a weekday", () => {
    expect(read("three weeks from now").start?.toISOString()).toBe("2026-12-15T23:00:00.000Z");
    expect(read("in three weeks on Tuesday").start?.toISOString()).toBe("2026-12-14T23:00:00.000Z");
    expect(read("over drie weken op dinsdag", "nl").start?.toISOString()).toBe("2026-12-14T23:00:00.000Z");
  });

  it("reads 'from 10 to 11' as a range, and 'ten to eleven' as ten minutes to eleven", () => {
    const range = read("Thursday from 10 to 11");
    expect(range.start?.toISOString()).toBe("2026-11-26T09:00:00.000Z");
    expect(range.end?.toISOString()).toBe("2026-11-26T10:00:00.000Z");
    expect(read("Thursday at ten to eleven").start?.toISOString()).toBe("2026-11-26T09:50:00.000Z");
  });
});
