import { describe, expect, it } from "vitest";
import { isDictionaryWord } from "./dictionary.ts";

describe("the dictionary of real words", () => {
  it("knows Dutch words and English inflected forms", () => {
    for (const word of ["vertellen", "gemeente", "uitnodiging", "griffier", "reminders", "scheduled"]) {
      expect(isDictionaryWord(word), word).toBe(true);
    }
  });

  it("does not know typos", () => {
    for (const word of ["protocl", "herinneringn", "contctpersoon", "remiders", "agneda"]) {
      expect(isDictionaryWord(word), word).toBe(false);
    }
  });

  it("reads accented Dutch words folded, as the understanding writes them", () => {
    expect(isDictionaryWord("geevalueerd")).toBe(true);
  });
});
