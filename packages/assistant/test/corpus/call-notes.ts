// The call-note corpus (call-notes.jsonl): notes with the facts they hold, and how the reading of a note is judged.
import { readFileSync } from "node:fs";
import { findBodyByCode } from "@weerbaar/domain";
import { z } from "zod";
import type { NoteWrite } from "../../src/conversation/pending.ts";
import { understand } from "../../src/understanding/index.ts";
import { chosenRef } from "../../src/use-cases/body-ref.ts";
import { type CallNoteIntent, type NotePlan, planNote } from "../../src/use-cases/call-note/plan.ts";

/** The instant the corpus's follow-up days are read at: Tuesday 20 October 2026, 12:00 in Amsterdam. */
export const NOTES_NOW = new Date("2026-10-20T10:00:00Z");

const Body = z.string().regex(/^(?:GM\d{4}|PV\d{2})$/);

/** One fact a note holds, with the fields it must have (fields not given are not judged). */
export const ExpectedFact = z.discriminatedUnion("kind", [
  z.object({
    kind: z.literal("survey"),
    body: Body,
    protocol: z.string().optional(),
    usage: z.string().optional(),
    codeOfConduct: z.string().optional(),
  }),
  z.object({
    kind: z.literal("contact"),
    body: Body,
    name: z.string(),
    role: z.string().optional(),
    email: z.string().optional(),
    phone: z.string().optional(),
  }),
  z.object({ kind: z.literal("outreach"), body: Body, event: z.string(), reached: z.boolean().optional() }),
  z.object({
    kind: z.literal("support"),
    body: Body,
    event: z.enum(["support_offered", "support_declined"]),
    support: z.array(z.string()).optional(),
  }),
  z.object({ kind: z.literal("follow_up"), body: Body, dueOn: z.string() }),
]);
/** An expected fact. */
export type ExpectedFact = z.infer<typeof ExpectedFact>;

/**
 * A labelled note. `context` is the conversation's body; `asks` says the note must be asked back: `true` for
 * "which body?", or the candidates offered; `answer` is the body the user then gives. `unused`: the sentences
 * that hold no fact.
 */
export const NoteEntry = z.object({
  id: z.string(),
  split: z.enum(["dev", "heldout"]),
  lang: z.enum(["nl", "en"]),
  context: Body.optional(),
  asks: z.union([z.literal(true), z.array(Body).min(2)]).optional(),
  answer: Body.optional(),
  text: z.string().min(1),
  facts: z.array(ExpectedFact).min(1),
  unused: z.array(z.string()),
});
/** A labelled note. */
export type NoteEntry = z.infer<typeof NoteEntry>;

/** Every labelled note, in file order. */
export function loadCallNotes(): NoteEntry[] {
  return readFileSync(new URL("call-notes.jsonl", import.meta.url), "utf8")
    .split("\n")
    .filter((line) => line.trim() !== "")
    .map((line) => NoteEntry.parse(JSON.parse(line)));
}

/** A proposed fact in the corpus's terms: one per body. */
export type ActualFact = Record<string, unknown> & { kind: ExpectedFact["kind"]; body: string };

/** The facts a planned note proposes, one per body, in the corpus's terms. */
export function actualFacts(plan: NotePlan): ActualFact[] {
  if (plan.status !== "ready") return [];
  return plan.facts.flatMap(({ write }) => factsOfWrite(write));
}

function factsOfWrite(w: NoteWrite): ActualFact[] {
  switch (w.type) {
    case "survey_told":
      return w.bodyCodes.map((body) => ({
        kind: "survey",
        body,
        ...(w.protocol ? { protocol: w.protocol } : {}),
        ...(w.usage ? { usage: w.usage } : {}),
        ...(w.codeOfConduct ? { codeOfConduct: w.codeOfConduct } : {}),
      }));
    case "add_contact":
      return [
        { kind: "contact", body: w.bodyCode, name: w.name, role: w.role, email: w.email, phone: w.phone },
      ];
    case "record_outreach":
      return w.bodyCodes.map((body) =>
        w.event === "support_offered" || w.event === "support_declined"
          ? { kind: "support", body, event: w.event, support: [...(w.support ?? [])].sort() }
          : { kind: "outreach", body, event: w.event, reached: w.reached },
      );
    case "add_follow_up":
      return w.bodyCodes.map((body) => ({ kind: "follow_up", body, dueOn: w.dueOn }));
  }
}

/** Whether an actual fact has every field the expected one gives, its body aside. */
function fieldsMatch(expected: ExpectedFact, actual: ActualFact): boolean {
  if (expected.kind !== actual.kind) return false;
  return Object.entries(expected).every(
    ([key, value]) =>
      key === "body" ||
      JSON.stringify(key === "support" ? [...(value as string[])].sort() : value) ===
        JSON.stringify(actual[key]),
  );
}

/** How one note fared. */
export type NoteOutcome = {
  entry: NoteEntry;
  recognised: boolean;
  /** Whether it asked back exactly when the label says so (and with those candidates). */
  askedRight: boolean;
  recalled: number;
  /** Facts placed on another body than labelled, or placed at all where the note must be asked back. */
  wrongBodies: number;
  /** Proposed facts that match no expected one. */
  spurious: number;
  unusedRight: boolean;
  misses: string[];
};

/** Reads a note as the assistant does (understand, then planNote with the conversation's body) and judges it. */
export function judgeNote(entry: NoteEntry): NoteOutcome {
  const understood = understand(entry.text, { langHint: entry.lang });
  const base = { entry, recalled: 0, wrongBodies: 0, spurious: 0 };
  if (understood.intent.intent !== "call_note") {
    return {
      ...base,
      recognised: false,
      askedRight: false,
      unusedRight: false,
      misses: [`not read as a call note but as ${understood.intent.intent}`],
    };
  }
  const intent: CallNoteIntent = understood.intent;
  const options = {
    context: entry.context ? findBodyByCode(entry.context) : undefined,
    now: NOTES_NOW,
    lang: understood.lang,
  };
  let plan = planNote(intent, options);
  const misses: string[] = [];
  const asked = plan.status !== "ready";
  const askedRight =
    entry.asks === undefined
      ? !asked
      : entry.asks === true
        ? plan.status === "ask"
        : plan.status === "choose" &&
          JSON.stringify(plan.candidates.map((b) => b.code)) === JSON.stringify(entry.asks);
  if (!askedRight)
    misses.push(
      `asked: expected ${JSON.stringify(entry.asks ?? false)}, got ${JSON.stringify(plan.status === "choose" ? plan.candidates.map((b) => b.code) : plan.status)}`,
    );
  // Facts placed where the note had to be asked back are placed on a guessed body.
  const placedUnasked = entry.asks !== undefined && !asked ? actualFacts(plan).length : 0;
  const answer = entry.answer ? findBodyByCode(entry.answer) : undefined;
  if (asked && answer) plan = planNote({ ...intent, body: chosenRef(answer) }, options);
  const actual = actualFacts(plan);
  const unmatched = [...actual];
  let recalled = 0;
  let wrongBodies = placedUnasked;
  for (const expected of entry.facts) {
    const same = unmatched.findIndex((a) => fieldsMatch(expected, a) && a.body === expected.body);
    const other = same === -1 ? unmatched.findIndex((a) => fieldsMatch(expected, a)) : same;
    if (other === -1) {
      misses.push(`missed ${JSON.stringify(expected)}`);
      continue;
    }
    const [found] = unmatched.splice(other, 1);
    if (found && found.body !== expected.body) {
      wrongBodies++;
      misses.push(`wrong body ${found.body} for ${JSON.stringify(expected)}`);
    } else recalled++;
  }
  for (const extra of unmatched) misses.push(`spurious ${JSON.stringify(extra)}`);
  const unused = plan.status === "ready" ? plan.unused : intent.unused;
  const unusedRight = JSON.stringify([...unused].sort()) === JSON.stringify([...entry.unused].sort());
  if (!unusedRight)
    misses.push(`unused: expected ${JSON.stringify(entry.unused)}, got ${JSON.stringify(unused)}`);
  return {
    ...base,
    recognised: true,
    askedRight,
    recalled,
    wrongBodies,
    spurious: unmatched.length,
    unusedRight,
    misses,
  };
}

/** Recall, wrong bodies and the rest over several notes. */
export function noteScores(outcomes: readonly NoteOutcome[]) {
  const expected = outcomes.reduce((n, o) => n + o.entry.facts.length, 0);
  const recalled = outcomes.reduce((n, o) => n + o.recalled, 0);
  return {
    notes: outcomes.length,
    recognised: outcomes.filter((o) => o.recognised).length,
    expected,
    recalled,
    recall: expected === 0 ? 1 : recalled / expected,
    wrongBodies: outcomes.reduce((n, o) => n + o.wrongBodies, 0),
    spurious: outcomes.reduce((n, o) => n + o.spurious, 0),
    askedRight: outcomes.filter((o) => o.askedRight).length,
    unusedRight: outcomes.filter((o) => o.unusedRight).length,
  };
}
