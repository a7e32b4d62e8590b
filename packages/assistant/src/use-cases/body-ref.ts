import type { Body } from "@weerbaar/domain";
import type { Outcome, Turn } from "../conversation/turn.ts";
import type { BodyRef, Intent } from "../understanding/index.ts";
import { askForBody, askWhichBody } from "./ask-back.ts";

/** A body the user named, or the question to ask when it is missing or ambiguous. */
export type ResolvedBody = { ok: true; body: Body; fuzzy: boolean } | { ok: false; outcome: Outcome };

/** Turns a recognised body reference into a body, asking back instead of guessing. */
export function requireBody(turn: Turn, ref: BodyRef | undefined, resume: Intent): ResolvedBody {
  if (!ref) return { ok: false, outcome: askForBody(turn.lang, resume) };
  if (ref.status === "ambiguous")
    return { ok: false, outcome: askWhichBody(turn.lang, ref.candidates, resume) };
  return { ok: true, body: ref.body, fuzzy: ref.fuzzy };
}

/** The body as a found, certain reference: what a user's choice turns an ambiguous one into. */
export function chosenRef(body: Body): BodyRef {
  return { status: "found", body, fuzzy: false, matchedText: body.name };
}

/** The found bodies among several references, each once in the order named, and whether any was a fuzzy guess. */
export function foundBodies(refs: readonly BodyRef[]): { bodies: Body[]; guessed: boolean } {
  const bodies: Body[] = [];
  let guessed = false;
  for (const ref of refs) {
    if (ref.status !== "found") continue;
    if (!bodies.some((b) => b.code === ref.body.code)) bodies.push(ref.body);
    guessed ||= ref.fuzzy;
  }
  return { bodies, guessed };
}
