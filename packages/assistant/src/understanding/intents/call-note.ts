import { z } from "zod";
import { NoteFact } from "../call-notes/note-facts.ts";
import { readCallNote } from "../call-notes/read-note.ts";
import { defineWholeMessage } from "../define-intent.ts";
import { BodyRef } from "../slots/schemas.ts";

/**
 * A note pasted after a phone call or meeting: every fact it holds, each with its sentence, and the sentences that
 * hold none. Which body each fact is about is decided when the note is placed (use-cases/call-note/), from the
 * bodies its sentences name, the conversation's body, or the user's answer when neither settles it.
 */
export const callNote = defineWholeMessage({
  name: "call_note",
  schema: z.object({
    intent: z.literal("call_note"),
    facts: z.array(NoteFact).min(1),
    /** Sentences no fact came from, listed back as not used. */
    unused: z.array(z.string()),
    /** Bodies named in sentences without a fact: a heading ("Notitie: Gennep."), an aside. */
    named: z.array(BodyRef),
    /** The body the user chose for the note when it named none, or an ambiguous or second one. */
    body: BodyRef.optional(),
  }),
  recognize: (text, lang) => {
    const note = readCallNote(text, lang);
    return note ? { intent: "call_note" as const, ...note } : undefined;
  },
  confidence: 0.8,
  examples: {
    nl: [
      "Gesprek met griffier Marieke Peters (m.peters@venray.nl). Ze hebben een protocol uit 2019 maar het ligt op de plank. De burgemeester wil een training voor de raad. Bel half november terug.",
      "Venlo gebeld. Ze hebben geen gedragscode.",
    ],
    en: [
      "Call with the clerk of Venlo, John Smith (j.smith@venlo.nl). They have no protocol. Call back mid-November.",
    ],
  },
});
