import { z } from "zod";
import { addContact } from "../intents/add-contact.ts";
import { recordOutreach } from "../intents/record-outreach.ts";
import { updateSurvey } from "../intents/update-survey.ts";
import { BodyRef } from "../slots/schemas.ts";

/** "Bel half november terug": something to do by a day; the day is read when the note is placed (it needs a clock). */
export const FollowUpReading = z.object({
  intent: z.literal("follow_up"),
  bodies: z.array(BodyRef),
  /** The sentence without body names, for the time reader. */
  whenText: z.string(),
  note: z.string(),
});
/** A follow-up read from a sentence. */
export type FollowUpReading = z.infer<typeof FollowUpReading>;

/**
 * What one sentence of a note says, as the single message of the same meaning would be understood: a survey
 * update, an outreach event (support wanted is `support_offered` with its kinds), a contact, or a follow-up.
 */
export const NoteReading = z.discriminatedUnion("intent", [
  updateSurvey.schema,
  recordOutreach.schema,
  addContact.schema,
  FollowUpReading,
]);
/** One fact's reading. */
export type NoteReading = z.infer<typeof NoteReading>;

/** A fact of a note with the sentence it came from, quoted back to the user. */
export const NoteFact = z.object({ sentence: z.string(), reading: NoteReading });
/** A fact of a note. */
export type NoteFact = z.infer<typeof NoteFact>;

/** The kinds of fact a note can hold: a note has facts of more than one kind, or opens as a note. */
export type NoteFactKind = "survey" | "outreach" | "support" | "contact" | "follow_up";

/** The kind of a fact's reading. */
export function factKind(reading: NoteReading): NoteFactKind {
  switch (reading.intent) {
    case "update_survey":
      return "survey";
    case "record_outreach":
      return reading.event === "support_offered" || reading.event === "support_declined"
        ? "support"
        : "outreach";
    case "add_contact":
      return "contact";
    case "follow_up":
      return "follow_up";
  }
}

/** The body references a reading names (a contact names at most one). */
export function readingBodies(reading: NoteReading): BodyRef[] {
  if (reading.intent === "add_contact") return reading.body ? [reading.body] : [];
  return reading.bodies;
}
