import { describe, expect, it } from "vitest";
import { IntentName } from "./intent.ts";
import { understand } from "./understand.ts";

describe("unknown messages", () => {
  it("answers unknown with at most 3 suggestions and zero confidence", () => {
    const result = understand("wat is het weer morgen");
    expect(result.intent.intent).toBe("unknown");
    expect(result.confidence).toBe(0);
    if (result.intent.intent !== "unknown") throw new Error("unreachable");
    expect(result.intent.suggestions.length).toBeGreaterThan(0);
    expect(result.intent.suggestions.length).toBeLessThanOrEqual(3);
    for (const s of result.intent.suggestions) expect(IntentName.options).toContain(s);
  });

  it("suggests the intents a vague message leans towards", () => {
    const result = understand("iets over protocollen");
    expect(result.intent).toMatchObject({ intent: "unknown" });
    if (result.intent.intent !== "unknown") throw new Error("unreachable");
    expect(result.intent.suggestions).toContain("survey_summary");
  });

  it("suggests help when nothing matches at all", () => {
    expect(understand("asdfgh").intent).toEqual({ intent: "unknown", suggestions: ["help"] });
  });

  it("reports the language, normalized text and a confidence for every message", () => {
    const result = understand("Hoe staat Leudal ervoor?");
    expect(result).toMatchObject({ lang: "nl", normalizedText: "hoe staat leudal ervoor" });
    expect(result.confidence).toBeGreaterThan(0.5);
  });

  it("follows the language hint for a message without cue words", () => {
    expect(understand("2", { langHint: "en" }).lang).toBe("en");
  });
});
