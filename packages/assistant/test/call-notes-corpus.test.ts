// The call-note corpus: the facts of 40+ notes, half of them held out (tuning reads only the dev half).
import { describe, expect, it } from "vitest";
import { judgeNote, loadCallNotes, noteScores } from "./corpus/call-notes.ts";

const notes = loadCallNotes();
const heldOut = notes.filter((n) => n.split === "heldout");

describe("call-note corpus", () => {
  it("holds at least 40 notes in both languages, half of them held out", () => {
    expect(notes.length).toBeGreaterThanOrEqual(40);
    expect(Math.abs(heldOut.length - notes.length / 2)).toBeLessThanOrEqual(1);
    expect(new Set(notes.map((n) => n.lang))).toEqual(new Set(["nl", "en"]));
    expect(new Set(notes.map((n) => n.id)).size).toBe(notes.length);
  });

  it("recalls at least 95% of the held-out facts, with no fact on a wrong body", () => {
    const outcomes = heldOut.map(judgeNote);
    const scores = noteScores(outcomes);
    console.info(
      `held-out call notes: ${scores.notes}, facts recalled ${scores.recalled}/${scores.expected} (${(scores.recall * 100).toFixed(1)}%), wrong bodies ${scores.wrongBodies}, spurious ${scores.spurious}`,
    );
    const failures = outcomes
      .filter((o) => o.misses.length > 0)
      .map((o) => `${o.entry.id}: ${o.misses.join("; ")}`);
    if (failures.length > 0) console.info(failures.join("\n"));
    expect(scores.recognised).toBe(scores.notes);
    expect(scores.askedRight).toBe(scores.notes);
    expect(scores.recall).toBeGreaterThanOrEqual(0.95);
    expect(scores.wrongBodies).toBe(0);
  });
});
