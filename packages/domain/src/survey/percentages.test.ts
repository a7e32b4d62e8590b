import { describe, expect, it } from "vitest";
import { roundedPercentages } from "./percentages.ts";

const tenths = (values: number[]) => values.reduce((a, v) => a + Math.round(v * 10), 0);

describe("roundedPercentages", () => {
  it("gives thirds that add up to 100", () => {
    expect(roundedPercentages([1, 1, 1])).toEqual([33.4, 33.3, 33.3]);
  });

  it("gives exact shares unchanged", () => {
    expect(roundedPercentages([1, 3, 0])).toEqual([25, 75, 0]);
  });

  it("adds up to 100.0 for the 342 municipalities split oddly", () => {
    const shares = roundedPercentages([17, 101, 7, 217]);
    expect(tenths(shares)).toBe(1000);
    expect(shares).toEqual([5, 29.5, 2, 63.5]);
  });

  it("gives zeros for an empty total", () => {
    expect(roundedPercentages([0, 0])).toEqual([0, 0]);
  });

  it("rounds to whole percentages when asked", () => {
    expect(roundedPercentages([2, 1], 0)).toEqual([67, 33]);
  });
});
