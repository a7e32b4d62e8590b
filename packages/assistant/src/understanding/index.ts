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
export { understand } from "./understand.ts";
