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

  // Regression: "zou je mij kunnen vertellen hoe Flevoland ervoor staat?" was read as a cancelled meeting, because
  // "vertellen" is one letter from the keyword "vervallen".
  it("leaves words the dictionary knows alone (vertellen is not vervallen)", () => {
    expect(correctToken("vertellen")).toBe("vertellen");
    expect(correctToken("langskomen")).toBe("langskomen");
    expect(correctToken("officer")).toBe("officer");
  });

  it("still corrects the few dictionary words that here are a keyword mistyped", () => {
    expect(correctToken("meting")).toBe("meeting");
    expect(correctToken("calender")).toBe("calendar");
  });

  it("corrects inside a sentence", () => {
    expect(correctTypos("welke gemeentes hebben geen protocl")).toBe("welke gemeentes hebben geen protocol");
  });
});
