// understand() builds intents without parsing them (it runs on every message); these hold it to the Intent schema.
import { allBodies } from "@weerbaar/domain";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { Intent, understand } from "../src/understanding/index.ts";
import { loadCorpus } from "./corpus/corpus.ts";

const SEED = 20261129;

const schemaProblems = (text: string, langHint?: "nl" | "en") => {
  const { intent } = understand(text, langHint ? { langHint } : {});
  const parsed = Intent.safeParse(intent);
  return parsed.success ? [] : [`${JSON.stringify(text)} → ${parsed.error.message}`];
};

describe("understood intents satisfy the Intent schema", () => {
  it("for every utterance of the corpus, in both languages' hints", () => {
    const problems = loadCorpus().flatMap((entry) => [
      ...schemaProblems(entry.text),
      ...schemaProblems(entry.text, entry.lang === "nl" ? "en" : "nl"),
    ]);
    expect(problems).toEqual([]);
    // Some 9 000 understandings (4 400 utterances, two hints): seconds on a busy CI machine.
  }, 90_000);

  it("for random text and random phrases around body names", () => {
    const words = fc.constantFrom(
      "hoe staat",
      "ervoor",
      "welke",
      "gemeenten",
      "provincies",
      "geen",
      "protocol",
      "plank",
      "gedragscode",
      "plan",
      "afspraak",
      "donderdag",
      "om 13:30",
      "griffier",
      "gebeld",
      "herinner",
      "maak",
      "beheerder",
      "1",
      "ja",
      "?",
    );
    const phrase = fc
      .array(fc.oneof(words, fc.constantFrom(...allBodies.map((b) => b.name)), fc.string()), { maxLength: 8 })
      .map((parts) => parts.join(" "));
    fc.assert(
      fc.property(fc.oneof(phrase, fc.string({ unit: "grapheme", maxLength: 200 })), (text) => {
        expect(schemaProblems(text)).toEqual([]);
      }),
      { seed: SEED, numRuns: 2_000 },
    );
  });
});
