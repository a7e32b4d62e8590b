import { describe, expect, it } from "vitest";
import { linesAsSentences } from "./note-lines.ts";

describe("a message of several lines", () => {
  it("reads each line as a sentence, without its bullet", () => {
    expect(
      linesAsSentences(
        "Gesprek met Venray\n- geen protocol\n* training gewenst\n\n2) Bel half november terug.",
      ),
    ).toBe("Gesprek met Venray. geen protocol. training gewenst. Bel half november terug.");
  });

  it("keeps the punctuation a line ends with, and a single line as it is", () => {
    expect(linesAsSentences("Notitie:\nVenlo gebeld;\nGeen protocol")).toBe(
      "Notitie: Venlo gebeld; Geen protocol.",
    );
    expect(linesAsSentences("  welke gemeenten hebben geen protocol?\n")).toBe(
      "  welke gemeenten hebben geen protocol?\n",
    );
  });
});
