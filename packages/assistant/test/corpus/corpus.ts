import { readFileSync } from "node:fs";
import { z } from "zod";
import type { BodyRef, Intent } from "../../src/understanding/index.ts";

/** One labelled utterance: the intent and a subset of the entities it must yield. */
export const CorpusEntry = z.object({
  text: z.string().min(1),
  lang: z.enum(["nl", "en"]),
  intent: z.string().min(1),
  entities: z.record(z.string(), z.unknown()),
  split: z.enum(["dev", "heldout"]),
});
/** A labelled utterance. */
export type CorpusEntry = z.infer<typeof CorpusEntry>;

const files = ["utterances.nl.json", "utterances.en.json"];

/** Every labelled utterance, Dutch first. */
export function loadCorpus(): CorpusEntry[] {
  return files.flatMap((file) =>
    z.array(CorpusEntry).parse(JSON.parse(readFileSync(new URL(file, import.meta.url), "utf8"))),
  );
}

function bodyKey(ref: BodyRef): string {
  return ref.status === "found"
    ? ref.body.code
    : `ambiguous:${ref.candidates
        .map((b) => b.code)
        .sort()
        .join(",")}`;
}

/** The slots of an intent as flat, comparable values (bodies become CBS codes). */
export function flattenEntities(intent: Intent): Record<string, unknown> {
  const flat: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(intent)) {
    if (key === "intent" || value === undefined) continue;
    if (key === "body") flat.body = bodyKey(value as BodyRef);
    else if (key === "bodies") flat.bodies = (value as BodyRef[]).map(bodyKey);
    else if (key === "filter") Object.assign(flat, value);
    else if (key === "identity") {
      const identity = value as { platform: string; id: string };
      flat.identity = `${identity.platform}:${identity.id}`;
    } else flat[key] = value;
  }
  return flat;
}

/** How one utterance fared: intent right or wrong, and which expected entities matched. */
export type Outcome = {
  entry: CorpusEntry;
  actualIntent: string;
  intentOk: boolean;
  entityHits: number;
  entityTotal: number;
  misses: string[];
};

/** Compares an understanding with its label. */
export function judge(entry: CorpusEntry, intent: Intent): Outcome {
  const flat = flattenEntities(intent);
  const misses: string[] = [];
  let hits = 0;
  const expected = Object.entries(entry.entities);
  for (const [key, value] of expected) {
    if (intent.intent === entry.intent && JSON.stringify(flat[key]) === JSON.stringify(value)) hits++;
    else misses.push(`${key}: expected ${JSON.stringify(value)}, got ${JSON.stringify(flat[key])}`);
  }
  return {
    entry,
    actualIntent: intent.intent,
    intentOk: intent.intent === entry.intent,
    entityHits: hits,
    entityTotal: expected.length,
    misses,
  };
}

/** Intents that change the store (after a confirmation or at once). */
export const WRITE_INTENTS: ReadonlySet<string> = new Set([
  "update_survey",
  "record_outreach",
  "add_contact",
  "add_staff",
  "book_meeting",
  "reschedule_meeting",
  "cancel_meeting",
  "subscribe_reminders",
  "unsubscribe_reminders",
]);

/** An answer or a write for another meaning than labelled; asking back (clarify) or not understanding is not. */
export function isConfidentlyWrong(outcome: Outcome): boolean {
  return !outcome.intentOk && outcome.actualIntent !== "clarify" && outcome.actualIntent !== "unknown";
}

/** A write for another meaning than labelled. */
export function isWrongWrite(outcome: Outcome): boolean {
  return isConfidentlyWrong(outcome) && WRITE_INTENTS.has(outcome.actualIntent);
}

/** Accuracy figures over a set of outcomes. */
export function accuracy(outcomes: readonly Outcome[]) {
  const intentOk = outcomes.filter((o) => o.intentOk).length;
  const entityHits = outcomes.reduce((n, o) => n + o.entityHits, 0);
  const entityTotal = outcomes.reduce((n, o) => n + o.entityTotal, 0);
  return {
    count: outcomes.length,
    intent: outcomes.length === 0 ? 0 : intentOk / outcomes.length,
    entity: entityTotal === 0 ? 1 : entityHits / entityTotal,
    entityTotal,
    confidentlyWrong:
      outcomes.length === 0 ? 0 : outcomes.filter(isConfidentlyWrong).length / outcomes.length,
    wrongWrites: outcomes.filter(isWrongWrite).length,
  };
}
