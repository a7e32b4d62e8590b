import { describe, expect, it } from "vitest";
import { normalizeText } from "./normalize.ts";

describe("normalizeText", () => {
  it("lowercases, strips diacritics and punctuation, collapses spaces", () => {
    expect(normalizeText("  Súdwest-Fryslân:   géén  Protocol!! ")).toBe("sudwest fryslan geen protocol");
  });

  it("expands English negative contractions so negation stays visible", () => {
    expect(normalizeText("Venray doesn't have a protocol")).toBe("venray does not have a protocol");
    expect(normalizeText("they can’t")).toBe("they can not");
  });

  it("keeps percent signs", () => {
    expect(normalizeText("hoeveel % heeft er een?")).toBe("hoeveel % heeft er een");
  });
});
