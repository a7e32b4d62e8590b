import { describe, expect, it } from "vitest";
import { normalizeName, tokenize } from "./normalize.ts";

describe("normalizeName", () => {
  it.each([
    ["Súdwest-Fryslân", "sudwest fryslan"],
    ["'s-Hertogenbosch", "s hertogenbosch"],
    ["’s-Gravenhage", "s gravenhage"],
    ["s hertogenbosch", "s hertogenbosch"],
    ["Nuenen, Gerwen en Nederwetten", "nuenen gerwen en nederwetten"],
    ["Bergen (NH.)", "bergen nh"],
    ["Capelle a/d IJssel", "capelle a d ijssel"],
    ["  Den   Haag  ", "den haag"],
    ["", ""],
  ])("%j → %j", (name, key) => {
    expect(normalizeName(name)).toBe(key);
  });
});

describe("tokenize", () => {
  it("keeps offsets into the original text, also after accented letters", () => {
    const text = "Is Súdwest-Fryslân gebeld?";
    const tokens = tokenize(text);
    expect(tokens.map((t) => t.text)).toEqual(["is", "sudwest", "fryslan", "gebeld"]);
    const fryslan = tokens[2];
    expect(fryslan && text.slice(fryslan.start, fryslan.end)).toBe("Fryslân");
  });

  it("marks words written with a leading capital", () => {
    expect(tokenize("hoe staat Best ervoor").map((t) => t.capitalized)).toEqual([false, false, true, false]);
  });

  it("keeps offsets right after characters outside the basic plane", () => {
    const text = "😀 Venlo";
    const [venlo] = tokenize(text);
    expect(venlo && text.slice(venlo.start, venlo.end)).toBe("Venlo");
  });
});
