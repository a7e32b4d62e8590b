import { z } from "zod";
import { intentDefinitions } from "./intents/index.ts";

/*
 * The Intent type and schema, derived from the intent modules in intents/: every slot is optional unless the
 * module says otherwise; recognition never needs an entity, the dialog layer asks for what is missing. Bodies are
 * always what the domain resolver returned: found, or ambiguous with candidates (never guessed).
 *
 * Two intents are made by the understanding itself rather than recognised: `unknown` (nothing scored; up to three
 * suggestions) and `clarify` (two or three close readings, asked back as choices instead of guessing).
 */

export {
  AgendaRange,
  BodyFilter,
  BodyRef,
  RecordableOutreach,
  ReminderTopic,
  StaffIdentity,
} from "./slots/schemas.ts";

type Definition = (typeof intentDefinitions)[number];
type RecognisedName = Definition["name"];
type RecognisedSchema = Definition["schema"];

const recognisedNames = intentDefinitions.map((d) => d.name) as unknown as [
  RecognisedName,
  ...RecognisedName[],
];

/** The names of all intents. */
export const IntentName = z.enum([...recognisedNames, "unknown", "clarify"]);
/** The name of an intent. */
export type IntentName = z.infer<typeof IntentName>;

const UnknownIntent = z.object({ intent: z.literal("unknown"), suggestions: z.array(IntentName).max(3) });

/** Any intent but `clarify`: what a reading offered as a choice can be. */
export const Reading = z.discriminatedUnion("intent", [
  ...(intentDefinitions.map((d) => d.schema) as unknown as [RecognisedSchema, ...RecognisedSchema[]]),
  UnknownIntent,
]);
/** An intent that can be offered as a reading. */
export type Reading = z.infer<typeof Reading>;

/** Why the assistant asks back instead of answering. */
export const ClarifyReason = z.enum(["close_readings", "unexplained_words", "every_body", "unknown_place"]);
/** close_readings, unexplained_words, every_body (a list of everything was not asked for) or unknown_place. */
export type ClarifyReason = z.infer<typeof ClarifyReason>;

const ClarifyIntent = z.object({
  intent: z.literal("clarify"),
  readings: z.array(Reading).min(2).max(3),
  reason: ClarifyReason,
  /** The words the readings could not account for. */
  unexplained: z.array(z.string()),
});

/** What a message asks for, with its slots. */
export const Intent = z.discriminatedUnion("intent", [
  ...(intentDefinitions.map((d) => d.schema) as unknown as [RecognisedSchema, ...RecognisedSchema[]]),
  UnknownIntent,
  ClarifyIntent,
]);
/** A recognised intent with its slots. */
export type Intent = z.infer<typeof Intent>;

/** The result of understanding one message. */
export type Understanding = {
  lang: "nl" | "en";
  intent: Intent;
  /** 0..1: how clearly the winning intent beat the others, lowered by words it does not account for. */
  confidence: number;
  normalizedText: string;
};
