// The call-note part of the understanding bench: fact recall and wrong bodies on the call-note corpus (held-out
// first), and the time to read a note of 10 sentences (understand, then place its facts), p99 against ≤ 10 ms.
import { performance } from "node:perf_hooks";
import { findBodyByCode } from "@weerbaar/domain";
import { splitSentences } from "../src/understanding/call-notes/sentences.ts";
import { understand } from "../src/understanding/index.ts";
import { planNote } from "../src/use-cases/call-note/plan.ts";
import {
  judgeNote,
  loadCallNotes,
  NOTES_NOW,
  type NoteEntry,
  noteScores,
} from "../test/corpus/call-notes.ts";

const GOAL_P99_MS = 10;
const SENTENCES = 10;

const pct = (value: number) => `${(value * 100).toFixed(1)}%`;
const percentile = (sorted: readonly number[], p: number) =>
  sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? 0;

/** Notes of exactly 10 sentences: a note's own sentences, then the next notes' of its language. */
function tenSentenceNotes(notes: readonly NoteEntry[]): string[] {
  return notes.map((note) => {
    const sameLanguage = notes.filter((n) => n.lang === note.lang);
    const from = sameLanguage.indexOf(note);
    const sentences: string[] = [];
    for (let i = 0; sentences.length < SENTENCES; i++) {
      const next = sameLanguage[(from + i) % sameLanguage.length];
      if (!next) break;
      sentences.push(...splitSentences(next.text).map((s) => s.text));
    }
    return sentences.slice(0, SENTENCES).join(" ");
  });
}

function readNote(text: string): void {
  const { intent, lang } = understand(text);
  if (intent.intent === "call_note")
    planNote(intent, { context: findBodyByCode("GM0984"), now: NOTES_NOW, lang });
}

/** Prints the call notes' recall and wrong bodies per split, and the p50/p99 time per note of 10 sentences. */
export function reportCallNotes(): void {
  const notes = loadCallNotes();
  for (const split of ["heldout", "dev"] as const) {
    const s = noteScores(notes.filter((n) => n.split === split).map(judgeNote));
    console.log(
      `\ncall notes, ${split === "heldout" ? "held-out" : "dev"}: ${s.notes} notes, ${s.expected} facts`,
    );
    console.log(
      `  fact recall          ${pct(s.recall)} (goal ≥ 95%${split === "heldout" ? `, ${s.recall >= 0.95 ? "met" : "MISSED"}` : ""})`,
    );
    console.log(
      `  wrong bodies         ${s.wrongBodies}${split === "heldout" ? ` (goal 0, ${s.wrongBodies === 0 ? "met" : "MISSED"})` : ""}`,
    );
    console.log(`  spurious facts       ${s.spurious}`);
    console.log(
      `  asked back rightly   ${s.askedRight}/${s.notes}, not-used sentences right ${s.unusedRight}/${s.notes}`,
    );
  }
  const long = tenSentenceNotes(notes);
  for (let pass = 0; pass < 5; pass++) for (const text of long) readNote(text); // warm-up: JIT, regexes
  const samples: number[] = [];
  for (let pass = 0; pass < 30; pass++) {
    for (const text of long) {
      const start = performance.now();
      readNote(text);
      samples.push(performance.now() - start);
    }
  }
  samples.sort((a, b) => a - b);
  const p99 = percentile(samples, 99);
  console.log(
    `call note of ${SENTENCES} sentences (understand + place): p50 ${percentile(samples, 50).toFixed(3)} ms, p99 ${p99.toFixed(3)} ms (goal ≤ ${GOAL_P99_MS} ms, ${p99 <= GOAL_P99_MS ? "met" : "MISSED"}; ${samples.length} samples)`,
  );
}
