import type { BodyRef, Intent } from "./intent.ts";
import { understand } from "./understand.ts";

/** The intent of a message, narrowed to the expected intent name (throws otherwise). */
export function intentOf<N extends Intent["intent"]>(text: string, name: N): Extract<Intent, { intent: N }> {
  const { intent } = understand(text);
  if (intent.intent !== name) throw new Error(`"${text}" was understood as ${intent.intent}, not ${name}`);
  return intent as Extract<Intent, { intent: N }>;
}

/** A body slot as its CBS code, or "ambiguous:<codes>". */
export function codeOf(ref: BodyRef | undefined): string | undefined {
  if (!ref) return undefined;
  return ref.status === "found"
    ? ref.body.code
    : `ambiguous:${ref.candidates
        .map((b) => b.code)
        .sort()
        .join(",")}`;
}
