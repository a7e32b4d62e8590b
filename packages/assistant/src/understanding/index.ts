export type {
  AgendaRange,
  BodyFilter,
  BodyRef,
  IntentName,
  RecordableOutreach,
  ReminderTopic,
  StaffIdentity,
  Understanding,
} from "./intent.ts";
export { Intent } from "./intent.ts";
export { detectLanguage, type Lang } from "./language.ts";
export { normalizeText } from "./normalize.ts";
export { understand } from "./understand.ts";
