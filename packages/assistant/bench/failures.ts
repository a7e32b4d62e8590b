// Lists the dev utterances the understanding gets wrong (never the held-out split: tuning must not read it).
import { understand } from "../src/understanding/index.ts";
import { isConfidentlyWrong, judge, loadCorpus } from "../test/corpus/corpus.ts";

const extra = process.argv[2]; // an optional JSON file of more dev utterances to check
const entries = extra ? (await import("node:fs")).readFileSync(extra, "utf8") : undefined;
const corpus = entries ? (JSON.parse(entries) as ReturnType<typeof loadCorpus>) : loadCorpus();
for (const entry of corpus.filter((e) => e.split === "dev")) {
  const outcome = judge(entry, understand(entry.text).intent);
  if (outcome.intentOk && outcome.misses.length === 0) continue;
  const mark = isConfidentlyWrong(outcome) ? "WRONG " : "";
  console.log(
    `${mark}${entry.text} → ${outcome.actualIntent} (expected ${entry.intent}) ${outcome.misses.join("; ")}`,
  );
}
