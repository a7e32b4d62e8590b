import { describe, expect, it } from "vitest";
import { detectLanguage } from "./language.ts";

describe("detectLanguage", () => {
  it.each([
    ["welke gemeenten hebben geen protocol", "nl"],
    ["hoe staat Leudal ervoor", "nl"],
    ["Venlo is gebeld", "nl"],
    ["which provinces have a dormant protocol", "en"],
    ["how is Leudal doing?", "en"],
    ["Venlo has been called", "en"],
    ["cancel the meeting with Leudal", "en"],
  ] as const)("reads %j as %s", (text, lang) => {
    expect(detectLanguage(text)).toBe(lang);
  });

  it("follows the hint when a message has no cue words", () => {
    expect(detectLanguage("2", "en")).toBe("en");
    expect(detectLanguage("👍", "nl")).toBe("nl");
  });

  it("defaults to Dutch without cue words or hint", () => {
    expect(detectLanguage("Leudal")).toBe("nl");
  });

  it("reads a bare 'help', a word of both languages, as Dutch unless the chat says English", () => {
    expect(detectLanguage("help")).toBe("nl");
    expect(detectLanguage("help", "en")).toBe("en");
  });

  it("does not let a body name decide the language", () => {
    expect(detectLanguage("The Hague has a protocol", "nl")).toBe("en");
  });
});
