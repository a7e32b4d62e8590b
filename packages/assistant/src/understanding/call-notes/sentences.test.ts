import { describe, expect, it } from "vitest";
import { splitSentences } from "./sentences.ts";

const texts = (note: string) => splitSentences(note).map((s) => s.text);

describe("the sentences of a note", () => {
  it("split after full stops, question and exclamation marks and semicolons", () => {
    expect(texts("Venlo gebeld. Geen protocol! Bellen? Ja; in november")).toEqual([
      "Venlo gebeld.",
      "Geen protocol!",
      "Bellen?",
      "Ja;",
      "in november",
    ]);
  });

  it("keep e-mail addresses, initials, abbreviations and decimals inside their sentence", () => {
    expect(
      texts("Gesprek met dhr. J. de Vries (j.devries@venlo.nl), o.a. over 2.5 uur training. Bel terug."),
    ).toEqual([
      "Gesprek met dhr. J. de Vries (j.devries@venlo.nl), o.a. over 2.5 uur training.",
      "Bel terug.",
    ]);
  });

  it("split at bullets and leave out pieces without words", () => {
    expect(texts("Venray • geen protocol • training gewenst ... !")).toEqual([
      "Venray",
      "geen protocol",
      "training gewenst ...",
    ]);
  });

  it("give each sentence's position in the note", () => {
    const note = "Venlo gebeld.  Geen protocol.";
    for (const s of splitSentences(note)) expect(note.slice(s.start, s.start + s.text.length)).toBe(s.text);
  });
});
