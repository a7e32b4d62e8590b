import { ContactRole } from "@weerbaar/domain";
import { z } from "zod";
import type { Analysis } from "../analysis.ts";
import { addCue, contactWordCue, roleWordCue, staffRoleCue } from "../cues.ts";
import { defineIntent, optional } from "../define-intent.ts";
import { firstBodySlot, maskMentions } from "../slots/bodies.ts";
import { extractEmail, extractPersonName, extractPhone } from "../slots/contact-details.ts";
import { isNameVocabulary } from "../slots/name-vocabulary.ts";
import { extractContactRole } from "../slots/roles.ts";
import { BodyRef } from "../slots/schemas.ts";

function contactName(a: Analysis): string | undefined {
  const withoutDetails = maskMentions(a.text, a.mentions, " , ")
    .replace(/[\w.+-]+@[\w-]+(?:\.[\w-]+)+/g, " , ")
    .replace(/(?:\+31|\b0)[\d\s-]{8,}/g, " , ");
  return extractPersonName(withoutDetails, isNameVocabulary);
}

/** A new contact at a body, with what the message gives of role, name, e-mail and phone. */
export const addContact = defineIntent({
  name: "add_contact",
  schema: z.object({
    intent: z.literal("add_contact"),
    body: BodyRef.optional(),
    role: ContactRole.optional(),
    name: z.string().optional(),
    email: z.string().optional(),
    phone: z.string().optional(),
  }),
  score: (e) => {
    const c = e.cues;
    return (
      (c.has(addCue) && (c.has(contactWordCue) || c.has(roleWordCue)) ? 3.5 : 0) +
      (e.hasContactDetails ? 2.5 : 0) +
      (c.has(addCue) && e.hasBody ? 0.5 : 0) +
      // "de burgemeester van Veere is Lieke Smit", "the mayor of Etten-Leur is now Ingrid Vermeulen": told, not asked.
      (c.has(roleWordCue) && e.hasBody && e.namesPerson && !e.isQuestion ? 4 : 0) -
      (c.has(staffRoleCue) && !c.has(roleWordCue) ? 2.5 : 0) -
      (e.meetingContext && !c.has(contactWordCue) ? 2 : 0) -
      // "Heemstede gebruikt het protocol niet meer sinds de nieuwe burgemeester er zit": the person is context.
      (e.surveyValue && !e.hasContactDetails ? 3 : 0)
    );
  },
  build: (a) => ({
    intent: "add_contact" as const,
    ...firstBodySlot(a.text, a.mentions),
    ...optional("role", extractContactRole(a.keywords)),
    ...optional("name", contactName(a)),
    ...optional("email", extractEmail(a.text)),
    ...optional("phone", extractPhone(a.text)),
  }),
  examples: {
    nl: [
      {
        text: "voeg contact toe aan Leudal: Jan Jansen, griffier, jan@leudal.nl",
        slots: { body: "GM1640", role: "clerk", name: "Jan Jansen", email: "jan@leudal.nl" },
      },
      { text: "nieuwe burgervader van Venlo: Piet Pieters", slots: { body: "GM0983", role: "mayor" } },
    ],
    en: [
      {
        text: "Add Peter van Dijk as alderman for Roermond",
        slots: { name: "Peter van Dijk", role: "alderman" },
      },
    ],
  },
});
