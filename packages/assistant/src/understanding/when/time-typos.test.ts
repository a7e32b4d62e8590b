import { describe, expect, it } from "vitest";
import { parseWhen } from "./parse-when.ts";
import { withTimeWordsCorrected } from "./time-typos.ts";

/** Wednesday 25 November 2026, 11:00 in Amsterdam. */
const NOW = new Date("2026-11-25T10:00:00Z");

describe("mistyped time words", () => {
  it.each([
    ["tomorow at 4 pm", "2026-11-26T15:00:00.000Z"],
    ["donderdg om 10 uur", "2026-11-26T09:00:00.000Z"],
    ["morgn om 3 uur", "2026-11-26T14:00:00.000Z"],
  ])("reads %j as its time word", (text, start) => {
    expect(parseWhen(text, { now: NOW }).start?.toISOString()).toBe(start);
  });

  it("leaves real words and names alone", () => {
    expect(withTimeWordsCorrected("de burgemeester van Venlo komt morgen")).toBe(
      "de burgemeester van Venlo komt morgen",
    );
    // "zorgen" is one letter from "morgen", and a word of its own.
    expect(withTimeWordsCorrected("zorgen over de raad")).toBe("zorgen over de raad");
  });
});
