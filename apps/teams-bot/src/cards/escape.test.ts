import { describe, expect, it } from "vitest";
import { escapeCardText } from "./escape.ts";

describe("escapeCardText", () => {
  it("escapes emphasis, links and code markers", () => {
    expect(escapeCardText("**vet** _schuin_ [klik](http://x) `code` ~doorgehaald~")).toBe(
      "\\*\\*vet\\*\\* \\_schuin\\_ \\[klik\\](http://x) \\`code\\` \\~doorgehaald\\~",
    );
  });

  it("escapes list and heading markers only at the start of a line", () => {
    expect(escapeCardText("- punt\n1. eerste\n# kop\nLeudal - Venlo 1.5")).toBe(
      "\\- punt\n1\\. eerste\n\\# kop\nLeudal - Venlo 1.5",
    );
  });

  it("breaks Adaptive Card date functions", () => {
    expect(escapeCardText("{{DATE(2023-10-26T11:30:00Z, SHORT)}}")).toBe(
      "{\u200B{DATE(2023-10-26T11:30:00Z, SHORT)}}",
    );
  });

  it("leaves HTML and plain Dutch text as typed", () => {
    expect(escapeCardText("<b>Leudal</b> heeft één protocol & meer")).toBe(
      "<b>Leudal</b> heeft één protocol & meer",
    );
  });
});
