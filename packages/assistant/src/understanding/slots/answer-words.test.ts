import { describe, expect, it } from "vitest";
import { understand } from "../understand.ts";
import { answerWord } from "./answer-words.ts";

describe("a short answer typed fast", () => {
  it("reads a held letter, two swapped letters and, from five letters, one letter off", () => {
    const words = new Set(["nee", "no", "the", "please", "tweede"]);
    expect(answerWord("neee", words)).toBe("nee");
    expect(answerWord("noo", words)).toBe("no");
    expect(answerWord("teh", words)).toBe("the");
    expect(answerWord("plaese", words)).toBe("please");
    expect(answerWord("twede", words)).toBe("tweede");
    expect(answerWord("ten", words)).toBeUndefined();
  });

  it("reads a breath after the vowel, held or not", () => {
    const words = new Set(["ja", "nee"]);
    expect(answerWord("jaah", words)).toBe("ja");
    expect(answerWord("jah", words)).toBe("ja");
    expect(answerWord("neeh", words)).toBe("nee");
    expect(answerWord("jh", words)).toBeUndefined();
  });

  it("answers with what follows the yes or no, unless that asks something", () => {
    expect(understand("ja, sla het maar op graag").intent.intent).toBe("confirm");
    expect(understand("nee, dat bedoelde ik niet").intent.intent).toBe("cancel");
    expect(understand("geen bezwaar, ga je gang").intent.intent).toBe("confirm");
    expect(understand("nee, de derde").intent).toEqual({ intent: "choose", index: 3 });
    expect(understand("ja, wat kun je nog meer?").intent.intent).toBe("help");
    expect(understand("nee, Venlo heeft geen protocol").intent.intent).toBe("update_survey");
  });
});
