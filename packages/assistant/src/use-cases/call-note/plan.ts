/*
 * Where each fact of a call note goes, and what it writes. Pure: the conversation's body and the clock are given.
 *
 * The body of a fact is the body its sentence names; a sentence that names none is about the note's body: the one
 * body the note names, else the body the user chose, else the conversation's body. Never a guess: a name that fits
 * two bodies, a note that names several with a sentence that names none, or no body at all is asked back.
 */
import type { Body } from "@weerbaar/domain";
import type { Lang } from "@weerbaar/reply";
import type { NoteWrite } from "../../conversation/pending.ts";
import type { BodyRef, Intent } from "../../understanding/index.ts";
import { type NoteFact, readFollowUpDay, readingBodies } from "../../understanding/index.ts";

/** A call note as understood. */
export type CallNoteIntent = Extract<Intent, { intent: "call_note" }>;

/** A fact with its body settled and its write built. */
export type PlannedFact = { sentence: string; write: NoteWrite };

/** The facts ready to propose, or the question to ask first. */
export type NotePlan =
  | {
      status: "ready";
      facts: PlannedFact[];
      unused: string[];
      /** The conversation's body, when a fact was placed on it because the note named none. */
      fromContext?: Body;
      /** Bodies read from a corrected name ("Venrai"): said, so the user can check them. */
      guessed: Body[];
    }
  /** A name fits several bodies, or the note names several and a sentence names none: which one? */
  | { status: "choose"; candidates: Body[] }
  /** The note names no body and the conversation has none. */
  | { status: "ask" };

/** Options of planNote. */
export type PlanOptions = { context?: Body | undefined; now: Date; lang: Lang };

function addOnce(list: Body[], body: Body): void {
  if (!list.some((b) => b.code === body.code)) list.push(body);
}

/** The found bodies of a fact, its ambiguous names settled by the user's choice; candidates when unsettled. */
function bodiesOf(
  refs: readonly BodyRef[],
  chosen: Body | undefined,
): { bodies: Body[]; unsettled?: Body[] } {
  const bodies: Body[] = [];
  for (const ref of refs) {
    if (ref.status === "found") addOnce(bodies, ref.body);
    else if (chosen && ref.candidates.some((b) => b.code === chosen.code)) addOnce(bodies, chosen);
    else return { bodies, unsettled: ref.candidates };
  }
  return { bodies };
}

function writeOf(fact: NoteFact, bodies: Body[], options: PlanOptions): NoteWrite | undefined {
  const codes = bodies.map((b) => b.code);
  const [first] = codes;
  const { reading } = fact;
  if (!first) return undefined;
  switch (reading.intent) {
    case "update_survey":
      return {
        type: "survey_told",
        bodyCodes: codes,
        ...(reading.protocol ? { protocol: reading.protocol } : {}),
        ...(reading.usage ? { usage: reading.usage } : {}),
        ...(reading.codeOfConduct ? { codeOfConduct: reading.codeOfConduct } : {}),
        note: fact.sentence,
      };
    case "record_outreach":
      return {
        type: "record_outreach",
        bodyCodes: codes,
        event: reading.event,
        ...(reading.support ? { support: reading.support } : {}),
        ...(reading.reached !== undefined ? { reached: reading.reached } : {}),
        note: fact.sentence,
      };
    case "add_contact":
      if (!reading.name) return undefined;
      return {
        type: "add_contact",
        bodyCode: first,
        name: reading.name,
        role: reading.role ?? "other",
        ...(reading.email ? { email: reading.email } : {}),
        ...(reading.phone ? { phone: reading.phone } : {}),
      };
    case "follow_up": {
      const dueOn = readFollowUpDay(reading.whenText, options.now, options.lang);
      return dueOn ? { type: "add_follow_up", bodyCodes: codes, dueOn, note: fact.sentence } : undefined;
    }
  }
}

/** Settles the body of every fact of a note and builds its write, or says which question to ask first. */
export function planNote(intent: CallNoteIntent, options: PlanOptions): NotePlan {
  const chosen = intent.body?.status === "found" ? intent.body.body : undefined;
  const own: Body[][] = [];
  const named: Body[] = [];
  const guessed: Body[] = [];
  for (const { reading } of intent.facts) {
    const refs = readingBodies(reading);
    const { bodies, unsettled } = bodiesOf(refs, chosen);
    if (unsettled) return { status: "choose", candidates: unsettled };
    for (const ref of refs) if (ref.status === "found" && ref.fuzzy) addOnce(guessed, ref.body);
    for (const body of bodies) addOnce(named, body);
    own.push(bodies);
  }
  for (const ref of intent.named) {
    const { bodies, unsettled } = bodiesOf([ref], chosen);
    if (unsettled) return { status: "choose", candidates: unsettled };
    for (const body of bodies) addOnce(named, body);
  }
  const [onlyNamed] = named;
  const noteBody = named.length === 1 ? onlyNamed : named.length === 0 ? (chosen ?? options.context) : chosen;
  if (!noteBody && own.some((bodies) => bodies.length === 0)) {
    return named.length >= 2 ? { status: "choose", candidates: named } : { status: "ask" };
  }
  const facts: PlannedFact[] = [];
  const used = new Set<string>();
  const dropped: string[] = [];
  let fromContext: Body | undefined;
  intent.facts.forEach((fact, i) => {
    const ownBodies = own[i] ?? [];
    const bodies = ownBodies.length > 0 ? ownBodies : noteBody ? [noteBody] : [];
    if (ownBodies.length === 0 && named.length === 0 && !chosen && noteBody) fromContext = noteBody;
    const write = writeOf(fact, bodies, options);
    if (write) {
      facts.push({ sentence: fact.sentence, write });
      used.add(fact.sentence);
    } else dropped.push(fact.sentence);
  });
  // A follow-up whose day cannot be read ("na de zomer") is not used, unless its sentence gave another fact.
  const unused = [...intent.unused, ...dropped.filter((s) => !used.has(s) && !intent.unused.includes(s))];
  return {
    status: "ready",
    facts,
    unused,
    ...(fromContext ? { fromContext } : {}),
    guessed,
  };
}
