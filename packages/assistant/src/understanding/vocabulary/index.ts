/** Every concept's vocabulary table: one table per concept, read by cues, slots and the typo corrector. */
import { contactRoles } from "./contact-roles.ts";
import type { Vocabulary } from "./define-vocabulary.ts";
import { outOfScopeTopics } from "./out-of-scope.ts";
import { callNotReached, outreachEvents } from "./outreach-events.ts";
import { surveyDocuments } from "./protocol-words.ts";
import { provinceWords } from "./provinces.ts";
import { staffRoles } from "./staff-roles.ts";
import { supportKinds } from "./support-kinds.ts";
import { protocolStatusWords, protocolUsage } from "./usage-words.ts";

/** All vocabularies, for the typo corrector and the explained-words check. */
export const vocabularies: readonly Vocabulary<string>[] = [
  surveyDocuments,
  protocolUsage,
  protocolStatusWords,
  supportKinds,
  contactRoles,
  staffRoles,
  outreachEvents,
  callNotReached,
  provinceWords,
  outOfScopeTopics,
];
