// Accuracy of understand() on the labelled corpus, per intent and overall (held-out split first: tuning never
// reads it), with the confidently-wrong rate; and its speed against a baseline (normalizing only) of the same run.
import { performance } from "node:perf_hooks";
import { normalizeText, understand } from "../src/understanding/index.ts";
import { accuracy, type CorpusEntry, judge, loadCorpus, type Outcome } from "../test/corpus/corpus.ts";

const passes = 30;
const corpus = loadCorpus();
const heldOut = corpus.filter((entry) => entry.split === "heldout");
const pct = (value: number) => `${(value * 100).toFixed(1)}%`;
const ms = (value: number) => `${value.toFixed(3)} ms`;

function percentile(sorted: readonly number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? 0;
}

function timePerUtterance(entries: readonly CorpusEntry[], run: (text: string) => unknown) {
  for (let pass = 0; pass < 5; pass++) for (const entry of entries) run(entry.text); // warm-up: JIT, regexes
  const samples: number[] = [];
  for (let pass = 0; pass < passes; pass++) {
    for (const entry of entries) {
      const start = performance.now();
      run(entry.text);
      samples.push(performance.now() - start);
    }
  }
  samples.sort((a, b) => a - b);
  return { p50: percentile(samples, 50), p99: percentile(samples, 99) };
}

function report(title: string, outcomes: readonly Outcome[]) {
  const all = accuracy(outcomes);
  console.log(`\n${title}: ${all.count} utterances`);
  console.log(`  intent accuracy      ${pct(all.intent)}`);
  console.log(`  slot accuracy        ${pct(all.entity)} of ${all.entityTotal} expected slots`);
  console.log(`  confidently wrong    ${pct(all.confidentlyWrong)}`);
  console.log(`  wrong writes         ${all.wrongWrites}`);
  const intents = [...new Set(outcomes.map((o) => o.entry.intent))].sort();
  console.log("  per intent           intent   slots    wrong  (n)");
  for (const intent of intents) {
    const of = accuracy(outcomes.filter((o) => o.entry.intent === intent));
    console.log(
      `    ${intent.padEnd(22)} ${pct(of.intent).padStart(6)}   ${pct(of.entity).padStart(6)}   ${pct(of.confidentlyWrong).padStart(5)}  (${of.count})`,
    );
  }
}

const judged = (entries: readonly CorpusEntry[]) =>
  entries.map((entry) => judge(entry, understand(entry.text).intent));
report("held-out", judged(heldOut));
report("all (dev + held-out)", judged(corpus));

const languageOk = heldOut.filter((entry) => understand(entry.text).lang === entry.lang).length;
console.log(`\nlanguage accuracy (held-out, no hint): ${pct(languageOk / heldOut.length)}`);
const baseline = timePerUtterance(heldOut, normalizeText);
const measured = timePerUtterance(heldOut, (text) => understand(text));
console.log(`baseline (normalizeText) p50 ${ms(baseline.p50)}, p99 ${ms(baseline.p99)}`);
console.log(`understand()             p50 ${ms(measured.p50)}, p99 ${ms(measured.p99)}`);
console.log(
  `ratio understand/baseline: p50 ×${(measured.p50 / baseline.p50).toFixed(0)}, p99 ×${(measured.p99 / baseline.p99).toFixed(0)}`,
);
