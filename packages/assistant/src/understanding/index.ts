export {
  factKind,
  type NoteFact,
  type NoteFactKind,
  type NoteReading,
  readingBodies,
} from "./call-notes/note-facts.ts";
export { exampleText, type HelpGroup, type IntentExample } from "./define-intent.ts";
export type {
  AgendaRange,
  BodyFilter,
  BodyRef,
  ClarifyReason,
  IntentName,
  RecordableOutreach,
  ReminderTopic,
  StaffIdentity,
  Understanding,
} from "./intent.ts";
export { Intent, Reading } from "./intent.ts";
export { intentDefinitions, scoredIntents } from "./intents/index.ts";
export { detectLanguage, type Lang } from "./language.ts";
export { normalizeText } from "./normalize.ts";
export { paraphraseReading } from "./paraphrase.ts";
export { describeFilter } from "./slots/describe-filter.ts";
export { type FactSelection, readFactSelection } from "./slots/fact-selection.ts";
export { understand } from "./understand.ts";
export { readFollowUpDay } from "./when/follow-up-day.ts";
