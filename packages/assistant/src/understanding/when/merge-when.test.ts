import { describe, expect, it } from "vitest";
import { mergeWhen } from "./merge-when.ts";
import { parseWhen } from "./parse-when.ts";

/** Friday 20 October 2023, 12:00 in Amsterdam. */
const NOW = new Date("2023-10-20T10:00:00Z");
const read = (text: string) => parseWhen(text, { now: NOW });

describe("mergeWhen", () => {
  it("adds a later clock time to an earlier date", () => {
    const merged = mergeWhen(read("donderdag 26 oktober"), read("om half twee"));
    expect(merged.start?.toISOString()).toBe("2023-10-26T11:30:00.000Z");
    expect(merged.hasDate && merged.hasTime).toBe(true);
    expect(merged.assumptions).toEqual(["bare_hour_afternoon"]);
    expect(merged.matchedText).toEqual(["om half twee"]);
  });

  it("adds a later date to an earlier time and drops the guess that it was tomorrow", () => {
    const first = read("om 10 uur");
    expect(first.assumptions).toContain("moved_to_tomorrow");
    const merged = mergeWhen(first, read("maandag 30 oktober"));
    expect(merged.start?.toISOString()).toBe("2023-10-30T09:00:00.000Z");
    expect(merged.assumptions).not.toContain("moved_to_tomorrow");
  });

  it("keeps a range's end on the new date, across the end of summer time", () => {
    const merged = mergeWhen(read("van 13:30 tot 14:30"), read("maandag 30 oktober"));
    expect(merged.start?.toISOString()).toBe("2023-10-30T12:30:00.000Z");
    expect(merged.end?.toISOString()).toBe("2023-10-30T13:30:00.000Z");
    expect(merged.durationMinutes).toBe(60);
  });

  it("applies a later duration to the earlier start", () => {
    const merged = mergeWhen(read("morgen om 10 uur"), read("het duurt anderhalf uur"));
    expect(merged.start?.toISOString()).toBe("2023-10-21T08:00:00.000Z");
    expect(merged.end?.toISOString()).toBe("2023-10-21T09:30:00.000Z");
    expect(merged.durationMinutes).toBe(90);
  });

  it("lets a corrected time replace the earlier one", () => {
    const merged = mergeWhen(read("26 oktober om 10:00"), read("nee, om 11:00"));
    expect(merged.start?.toISOString()).toBe("2023-10-26T09:00:00.000Z");
  });

  it("keeps the year-given flag of the date it kept", () => {
    const merged = mergeWhen(read("26-10-2023"), read("om 14:00"));
    expect(merged.yearGiven).toBe(true);
    expect(merged.start?.toISOString()).toBe("2023-10-26T12:00:00.000Z");
  });

  it("reports an end before the start once both parts are known", () => {
    const merged = mergeWhen(read("26 oktober om 15:00"), read("tot 14:00"));
    expect(merged.problem?.kind).toBe("end_before_start");
  });

  it("keeps what was known when the next answer has no time in it", () => {
    const previous = read("donderdag 26 oktober om 13:30");
    const merged = mergeWhen(previous, read("hoe staat Leudal ervoor"));
    expect(merged.start?.toISOString()).toBe(previous.start?.toISOString());
    expect(merged.matchedText).toEqual([]);
  });
});

describe("mergeWhen with an end given on its own", () => {
  it("puts a later 'tot 15:00' on the earlier start's day", () => {
    const merged = mergeWhen(read("maandag 30 oktober om 13:30"), read("tot 15:00"));
    expect(merged.end?.toISOString()).toBe("2023-10-30T14:00:00.000Z");
    expect(merged.durationMinutes).toBe(90);
  });
});
