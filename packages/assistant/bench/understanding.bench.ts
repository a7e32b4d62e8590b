// Accuracy of understand() on the labelled corpus, overall and per intent, paraphrase type and language (held-out
// split first: tuning never reads it): intent and slot accuracy, the confidently-wrong rate (another intent, or a
// slot that says something else) and wrong writes; and its speed against a baseline (normalizing only).
import { performance } from "node:perf_hooks";
import { normalizeText, understand } from "../src/understanding/index.ts";
import { accuracy, type CorpusEntry, judge, loadCorpus, type Outcome } from "../test/corpus/corpus.ts";
import { reportCallNotes } from "./call-notes.ts";

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
  console.log(
    `  confidently wrong    ${pct(all.confidentlyWrong)} (another intent ${pct(all.wrongIntent)}, the rest a wrong slot)`,
  );
  console.log(`  wrong writes         ${all.wrongWrites}`);
  const table = (heading: string, groups: [string, readonly Outcome[]][]) => {
    console.log(`  ${heading.padEnd(20)} intent   slots    wrong  (n)`);
    for (const [name, of] of groups) {
      const a = accuracy(of);
      console.log(
        `    ${name.padEnd(22)} ${pct(a.intent).padStart(6)}   ${pct(a.entity).padStart(6)}   ${pct(a.confidentlyWrong).padStart(5)}  (${a.count})`,
      );
    }
  };
  const by = (key: (o: Outcome) => string): [string, Outcome[]][] =>
    [...new Set(outcomes.map(key))].sort().map((k) => [k, outcomes.filter((o) => key(o) === k)]);
  table(
    "per intent",
    by((o) => o.entry.intent),
  );
  table(
    "per paraphrase type",
    by((o) => o.entry.paraphrase ?? "(first corpus)"),
  );
  table(
    "per language",
    by((o) => o.entry.lang),
  );
}

const judged = (entries: readonly CorpusEntry[]) =>
  entries.map((entry) => judge(entry, understand(entry.text).intent));
const heldOutOutcomes = judged(heldOut);
report("held-out", heldOutOutcomes);
const reached = accuracy(heldOutOutcomes);
const goal = (met: boolean) => (met ? "met" : "MISSED");
console.log(
  `  goals                intent ≥ 97% ${goal(reached.intent >= 0.97)}, confidently wrong ≤ 0.5% ${goal(reached.confidentlyWrong <= 0.005)}, wrong writes 0 ${goal(reached.wrongWrites === 0)}`,
);
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

reportCallNotes();
