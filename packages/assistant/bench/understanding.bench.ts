// Held-out accuracy and speed of understand(), against a baseline (normalizing only) measured in the same run.
import { performance } from "node:perf_hooks";
import { normalizeText, understand } from "../src/understanding/index.ts";
import { accuracy, judge, loadCorpus } from "../test/corpus/corpus.ts";

const passes = 30;
const heldOut = loadCorpus().filter((entry) => entry.split === "heldout");

function percentile(sorted: readonly number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? 0;
}

function timePerUtterance(run: (text: string) => unknown): { p50: number; p99: number } {
  for (let pass = 0; pass < 5; pass++) for (const entry of heldOut) run(entry.text); // warm-up: JIT, regex compilation
  const samples: number[] = [];
  for (let pass = 0; pass < passes; pass++) {
    for (const entry of heldOut) {
      const start = performance.now();
      run(entry.text);
      samples.push(performance.now() - start);
    }
  }
  samples.sort((a, b) => a - b);
  return { p50: percentile(samples, 50), p99: percentile(samples, 99) };
}

const result = accuracy(heldOut.map((entry) => judge(entry, understand(entry.text).intent)));
const languageOk = heldOut.filter((entry) => understand(entry.text).lang === entry.lang).length;
const baseline = timePerUtterance(normalizeText);
const measured = timePerUtterance((text) => understand(text));
const ms = (value: number) => `${value.toFixed(3)} ms`;

console.log(`held-out utterances: ${result.count}`);
console.log(`intent accuracy:     ${(result.intent * 100).toFixed(1)}%`);
console.log(
  `entity accuracy:     ${(result.entity * 100).toFixed(1)}% of ${result.entityTotal} expected entities`,
);
console.log(`language accuracy:   ${((languageOk / heldOut.length) * 100).toFixed(1)}% (no hint given)`);
console.log(`baseline (normalizeText) p50 ${ms(baseline.p50)}, p99 ${ms(baseline.p99)}`);
console.log(`understand()             p50 ${ms(measured.p50)}, p99 ${ms(measured.p99)}`);
console.log(
  `ratio understand/baseline: p50 ×${(measured.p50 / baseline.p50).toFixed(0)}, p99 ×${(measured.p99 / baseline.p99).toFixed(0)}`,
);
