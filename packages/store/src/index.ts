export { backupStore, restoreBackup } from "./backup/backup.ts";
export type { BackupSummary } from "./backup/backup-file.ts";
export type { Engine, WriteContext } from "./engine/context.ts";
export { redactUrl } from "./engine/url.ts";
export { BackupError, NotFoundError, StoreConnectionError, StoreValidationError } from "./errors.ts";
export { type HousekeepingOptions, startHousekeeping, sweepAdapterState } from "./housekeeping.ts";
export { AppointmentConflictError, AppointmentStateError } from "./repositories/appointment-errors.ts";
export type {
  AppointmentFilter,
  AppointmentsRepository,
  BookingInput,
  ConflictOptions,
} from "./repositories/appointments.ts";
export type { AuditEntry, AuditFilter, AuditRepository } from "./repositories/audit.ts";
export type { CalendarTokensRepository } from "./repositories/calendar-tokens.ts";
export type { ContactInput, ContactPatch, ContactsRepository } from "./repositories/contacts.ts";
export type { ConversationRef, ConversationRefsRepository } from "./repositories/conversation-refs.ts";
export type { ConversationState, ConversationsRepository } from "./repositories/conversations.ts";
export {
  type DeliveriesRepository,
  type Delivery,
  type DeliveryInput,
  type DeliveryStatus,
  LATE_AFTER_MS,
} from "./repositories/deliveries.ts";
export type { DemoRepository, DemoRowCounts } from "./repositories/demo.ts";
export {
  type FileInput,
  type FilesRepository,
  MAX_FILE_BYTES,
  type StoredFile,
} from "./repositories/files.ts";
export type { FollowUpFilter, FollowUpInput, FollowUpsRepository } from "./repositories/follow-ups.ts";
export type { KvRepository } from "./repositories/kv.ts";
export type { LeasesRepository } from "./repositories/leases.ts";
export type {
  OutreachFilter,
  OutreachInput,
  OutreachRepository,
  StoredOutreachEvent,
} from "./repositories/outreach.ts";
export type { StaffInput, StaffRepository } from "./repositories/staff.ts";
export type {
  Subscription,
  SubscriptionInput,
  SubscriptionsRepository,
} from "./repositories/subscriptions.ts";
export type { SurveyInput, SurveyRepository } from "./repositories/survey.ts";
export {
  DEFAULT_STORE_URL,
  openStore,
  type Repositories,
  type Store,
  type StoreHealth,
  type StoreOptions,
} from "./store.ts";
