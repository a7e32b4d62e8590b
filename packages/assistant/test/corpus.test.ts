import { describe, expect, it } from "vitest";
import { understand } from "../src/understanding/index.ts";
import { accuracy, judge, loadCorpus } from "./corpus/corpus.ts";

const corpus = loadCorpus();
const heldOut = corpus.filter((e) => e.split === "heldout");

describe("understanding corpus", () => {
  it("holds at least 300 utterances, half Dutch, with a held-out part of at least 30%", () => {
    expect(corpus.length).toBeGreaterThanOrEqual(300);
    const dutch = corpus.filter((e) => e.lang === "nl").length;
    expect(Math.abs(dutch - corpus.length / 2)).toBeLessThanOrEqual(corpus.length * 0.05);
    expect(heldOut.length / corpus.length).toBeGreaterThanOrEqual(0.3);
  });

  it("recognises at least 95% of held-out intents and 90% of their entities", () => {
    const outcomes = heldOut.map((entry) => judge(entry, understand(entry.text).intent));
    const result = accuracy(outcomes);
    const failures = outcomes
      .filter((o) => !o.intentOk || o.misses.length > 0)
      .map((o) => `${o.entry.text} → ${o.actualIntent} (expected ${o.entry.intent}) ${o.misses.join("; ")}`);
    console.info(
      `held-out: ${result.count} utterances, intent ${(result.intent * 100).toFixed(1)}%, entities ${(result.entity * 100).toFixed(1)}% of ${result.entityTotal}`,
    );
    if (failures.length > 0) console.info(failures.join("\n"));
    expect(result.intent).toBeGreaterThanOrEqual(0.95);
    expect(result.entity).toBeGreaterThanOrEqual(0.9);
  });
});
