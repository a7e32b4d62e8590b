import { ContactRole } from "@weerbaar/domain";
import { z } from "zod";
import { addCue, contactWordCue, roleWordCue, whoCue } from "../cues.ts";
import { defineIntent, optional } from "../define-intent.ts";
import { firstBodySlot } from "../slots/bodies.ts";
import { extractContactRole } from "../slots/roles.ts";
import { BodyRef } from "../slots/schemas.ts";
import { statusQuestionCue } from "./body-status.ts";
import { needsCallCue } from "./needs-call.ts";

/** The contacts at a body, or the one with a role: "wie is de griffier van Leudal". */
export const showContacts = defineIntent({
  name: "show_contacts",
  schema: z.object({
    intent: z.literal("show_contacts"),
    body: BodyRef.optional(),
    role: ContactRole.optional(),
  }),
  score: (e) => {
    const c = e.cues;
    const role = c.has(roleWordCue);
    return (
      (c.has(whoCue) && role ? 3.5 : 0) +
      (c.has(contactWordCue) ? 2.5 : 0) +
      (role && e.hasBody ? 1 : 0) +
      (role && e.hasBody && e.isQuestion && !c.has(addCue) ? 1.5 : 0) -
      (c.has(addCue) ? 2 : 0) -
      (e.hasContactDetails ? 3 : 0) -
      // "contact Aa en Hunze: Wim Lubbers, burgemeester": a person is told, not asked for.
      (e.namesPerson && !e.isQuestion ? 1.5 : 0) -
      (c.has(needsCallCue) ? 3 : 0) -
      (e.recorded ? 1.5 : 0) -
      (e.meetingContext ? 1.5 : 0) -
      // "hoe staat die gemeente ervoor? ik spreek zo de burgemeester": the status is asked, not the person.
      (c.has(statusQuestionCue) && !c.has(whoCue) && !c.has(contactWordCue) ? 1.5 : 0)
    );
  },
  build: (a) => ({
    intent: "show_contacts" as const,
    ...firstBodySlot(a.text, a.mentions),
    ...optional("role", extractContactRole(a.keywords)),
  }),
  examples: {
    nl: [
      { text: "wie is de griffier van Leudal?", slots: { body: "GM1640", role: "clerk" } },
      { text: "wie is de burgervader van Venlo?", slots: { body: "GM0983", role: "mayor" } },
      { text: "wie is de raadsgriffier van Weert?", slots: { body: "GM0988", role: "clerk" } },
      { text: "wie is de aov'er van Roermond?", slots: { body: "GM0957", role: "safety_officer" } },
    ],
    en: [
      { text: "who is the clerk of Leudal?", slots: { body: "GM1640", role: "clerk" } },
      { text: "who is the town clerk of Weert", slots: { role: "town_clerk" } },
    ],
  },
  help: { group: "bodies", rank: 2 },
});
