/*
 * One intent is one module: its slots (a zod schema), how strongly a message signals it (score), how its slots
 * are read (build), and the examples that the help, the "did you mean" answer and the example tests use.
 * intents/index.ts lists the modules; the Intent type, its schema and the scorer are derived from that list.
 */
import type { z } from "zod";
import type { Analysis, Evidence } from "./analysis.ts";
import type { Lang } from "./language.ts";

/** An example phrasing, optionally with slots it must yield (flattened as in the corpus: bodies as CBS codes). */
export type IntentExample =
  | string
  | { readonly text: string; readonly slots: Readonly<Record<string, unknown>> };

/** Where the help lists an intent's first example. */
export type HelpGroup = "survey" | "bodies" | "outreach" | "reminders";

/** A zod object schema whose `intent` field is the literal name. */
export type IntentSchema<N extends string> = z.ZodObject<{ intent: z.ZodLiteral<N> } & z.ZodRawShape>;

type Common<N extends string, S extends IntentSchema<N>> = {
  readonly name: N;
  readonly schema: S;
  /** Phrasings per language; the first is the one shown in the help and in "did you mean". */
  readonly examples: { readonly nl: readonly IntentExample[]; readonly en: readonly IntentExample[] };
  /** Shown in the help, in this group, ordered by rank. */
  readonly help?: { readonly group: HelpGroup; readonly rank: number };
  /** A short restatement of an understood intent, offered as a choice when the assistant is unsure. */
  readonly paraphrase?: (intent: z.output<S>, lang: Lang) => string;
};

/** An intent recognised by scoring the cues of a message against every other intent. */
export type ScoredIntent<N extends string = string, S extends IntentSchema<N> = IntentSchema<N>> = Common<
  N,
  S
> & {
  readonly kind: "scored";
  /** How strongly the message signals this intent; the highest score of at least 1.5 wins. */
  readonly score: (evidence: Evidence) => number;
  /** The intent with its slots, once it has won. */
  readonly build: (analysis: Analysis) => z.output<S>;
  /** Whether the intent takes a message that nothing else scored for ("next week's meetings"). */
  readonly fallback?: (analysis: Analysis) => boolean;
};

/** An intent that is a whole-message answer ("ja", "nee", "2"), decided before anything is scored. */
export type AnswerIntent<N extends string = string, S extends IntentSchema<N> = IntentSchema<N>> = Common<
  N,
  S
> & {
  readonly kind: "answer";
  /** The intent when the whole message is this answer. */
  readonly recognize: (raw: string, normalized: string) => z.output<S> | undefined;
  /** How sure a recognised answer is. */
  readonly confidence: number;
};

/**
 * An intent that reads the whole message its own way, decided after the answers and before anything is scored: a
 * call note of several sentences, each read as a single message would be.
 */
export type WholeMessageIntent<
  N extends string = string,
  S extends IntentSchema<N> = IntentSchema<N>,
> = Common<N, S> & {
  readonly kind: "whole_message";
  /** The intent when the message is of this kind, else undefined (then it is scored as usual). */
  readonly recognize: (text: string, lang: Lang) => z.output<S> | undefined;
  /** How sure a recognised message is. */
  readonly confidence: number;
};

/** Defines a scored intent. */
export function defineIntent<N extends string, S extends IntentSchema<N>>(
  definition: Omit<ScoredIntent<N, S>, "kind">,
): ScoredIntent<N, S> {
  return { kind: "scored", ...definition };
}

/** Defines a whole-message answer intent. */
export function defineAnswer<N extends string, S extends IntentSchema<N>>(
  definition: Omit<AnswerIntent<N, S>, "kind">,
): AnswerIntent<N, S> {
  return { kind: "answer", ...definition };
}

/** Defines an intent that reads the whole message. */
export function defineWholeMessage<N extends string, S extends IntentSchema<N>>(
  definition: Omit<WholeMessageIntent<N, S>, "kind">,
): WholeMessageIntent<N, S> {
  return { kind: "whole_message", ...definition };
}

/** The text of an example. */
export function exampleText(example: IntentExample): string {
  return typeof example === "string" ? example : example.text;
}

/** Leaves out undefined slots, so an intent object has only the slots that were read. */
export function optional<K extends string, V>(key: K, value: V | undefined): { [P in K]?: V } {
  return (value === undefined ? {} : { [key]: value }) as { [P in K]?: V };
}
