import { describe, expect, it } from "vitest";
import { monthPartDay } from "./month-part.ts";

const oct20 = { year: 2023, month: 10, day: 20 };

describe("monthPartDay", () => {
  it("puts 'half november' on the 15th and 'begin december' on the 1st when they are working days", () => {
    expect(monthPartDay("mid", 11, oct20)).toEqual({ year: 2023, month: 11, day: 15 });
    expect(monthPartDay("early", 12, oct20)).toEqual({ year: 2023, month: 12, day: 1 });
  });

  it("moves past a weekend: mid-October 2023 (the 15th is a Sunday) is Monday the 16th", () => {
    expect(monthPartDay("mid", 10, { year: 2023, month: 10, day: 1 })).toEqual({
      year: 2023,
      month: 10,
      day: 16,
    });
  });

  it("ends a month on its last working day, before the weekend and Christmas", () => {
    expect(monthPartDay("late", 9, { year: 2023, month: 9, day: 1 })).toEqual({
      year: 2023,
      month: 9,
      day: 29,
    });
    // 31 December 2023 is a Sunday, 30 a Saturday, and 25 and 26 are Christmas: the 29th is the last working day.
    expect(monthPartDay("late", 12, oct20)).toEqual({ year: 2023, month: 12, day: 29 });
  });

  it("starts a year on its first working day after New Year's Day", () => {
    expect(monthPartDay("early", 1, oct20)).toEqual({ year: 2024, month: 1, day: 2 });
  });

  it("takes the next year once this year's day has passed, and keeps today when it is the day", () => {
    expect(monthPartDay("mid", 11, { year: 2023, month: 11, day: 20 })).toEqual({
      year: 2024,
      month: 11,
      day: 15,
    });
    expect(monthPartDay("late", 10, oct20)).toEqual({ year: 2023, month: 10, day: 31 });
    expect(monthPartDay("mid", 11, { year: 2023, month: 11, day: 15 })).toEqual({
      year: 2023,
      month: 11,
      day: 15,
    });
  });

  it("refuses a month that does not exist", () => {
    expect(() => monthPartDay("mid", 13, oct20)).toThrow(RangeError);
  });
});
