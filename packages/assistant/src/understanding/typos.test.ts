import { describe, expect, it } from "vitest";
import { correctToken, correctTypos } from "./typos.ts";

describe("typo correction", () => {
  it.each([
    ["protocl", "protocol"],
    ["afpsraak", "afspraak"],
    ["stappenpaln", "stappenplan"],
    ["municipalitis", "municipalities"],
    ["herinerring", "herinnering"],
    // Two neighbouring letters swapped are one typing error.
    ["agneda", "agenda"],
    ["contcat", "contact"],
    // Equally near "gemeente" and "gemeenten": the one that keeps the word's ends.
    ["gemeentn", "gemeenten"],
  ])("reads %s as %s", (typo, keyword) => {
    expect(correctToken(typo)).toBe(keyword);
  });

  it("leaves short words and ordinary words alone", () => {
    expect(correctToken("plan")).toBe("plan");
    expect(correctToken("heeft")).toBe("heeft");
    expect(correctToken("later")).toBe("later");
    expect(correctToken("going")).toBe("going");
    expect(correctToken("waiting")).toBe("waiting");
    expect(correctToken("vraag")).toBe("vraag");
  });

  it("corrects inside a sentence", () => {
    expect(correctTypos("welke gemeentes hebben geen protocl")).toBe("welke gemeentes hebben geen protocol");
  });
});
