import type { ColumnType, Generated } from "kysely";

/** An instant: written as an ISO-8601 Z string, read back as a Date (PostgreSQL) or that string (SQLite). */
export type Instant = ColumnType<Date | string, string, string>;
/** A nullable instant. */
export type NullableInstant = ColumnType<Date | string | null, string | null, string | null>;
/** A 0/1 flag: one integer type on both engines keeps the queries identical. */
export type Flag = number;

/** The 354 bodies, seeded from the domain package by the first migration. */
export interface BodiesTable {
  code: string;
  name: string;
  kind: string;
  provinceCode: string;
}

/** Survey (uitvraag) observations; never updated. */
export interface SurveyEventsTable {
  id: Generated<number>;
  bodyCode: string;
  protocol: string;
  usage: string;
  codeOfConduct: string;
  note: string | null;
  source: string | null;
  recordedAt: Instant;
  recordedBy: string;
}

/** Outreach events; type-specific fields live in `details` (JSON). */
export interface OutreachEventsTable {
  id: Generated<number>;
  bodyCode: string;
  type: string;
  occurredAt: Instant;
  recordedBy: string;
  note: string | null;
  appointmentId: string | null;
  details: string;
}

/** Contact persons at bodies. */
export interface ContactsTable {
  id: string;
  bodyCode: string;
  name: string;
  role: string;
  email: string | null;
  phone: string | null;
  createdAt: Instant;
  updatedAt: Instant;
}

/** Team members; also the lock rows for booking. */
export interface StaffTable {
  id: string;
  displayName: string;
  role: string;
  createdAt: Instant;
  updatedAt: Instant;
}

/** Chat accounts of staff: one row per (platform, external id). */
export interface StaffIdentitiesTable {
  platform: string;
  externalId: string;
  tenantId: string | null;
  staffId: string;
}

/** Meetings with bodies. */
export interface AppointmentsTable {
  id: string;
  bodyCode: string;
  organizerId: string;
  location: string | null;
  startAt: Instant;
  endAt: Instant;
  status: string;
  notes: string | null;
  cancelReason: string | null;
  sequence: number;
  createdAt: Instant;
  updatedAt: Instant;
}

/** Attendees of a meeting, in order. */
export interface AppointmentAttendeesTable {
  appointmentId: string;
  position: number;
  type: string;
  contactId: string | null;
  staffId: string | null;
}

/** Previous times of rescheduled meetings. */
export interface AppointmentReschedulesTable {
  id: Generated<number>;
  appointmentId: string;
  previousStart: Instant;
  previousEnd: Instant;
  changedAt: Instant;
  changedBy: string;
  reason: string | null;
}

/** Multi-turn dialog state per conversation. */
export interface ConversationsTable {
  id: string;
  state: string;
  updatedAt: Instant;
  expiresAt: NullableInstant;
}

/** Which chat channels receive which reminders. */
export interface ReminderSubscriptionsTable {
  id: string;
  platform: string;
  channelId: string;
  kind: string;
  active: Flag;
  /** "nl" or "en"; null before migration 0005. */
  lang: string | null;
  createdBy: string;
  createdAt: Instant;
  updatedAt: Instant;
}

/** One row per reminder occurrence and channel: the outbox of the reminder worker. */
export interface ReminderDeliveriesTable {
  id: string;
  key: string;
  platform: string;
  channelId: string;
  dueAt: Instant;
  status: string;
  attempts: number;
  nextAttemptAt: Instant;
  claimedBy: string | null;
  claimedUntil: NullableInstant;
  platformMessageId: string | null;
  sentAt: NullableInstant;
  late: Flag;
  payload: string;
  lastError: string | null;
  createdAt: Instant;
  updatedAt: Instant;
}

/** Teams conversation references for proactive messages. */
export interface ConversationRefsTable {
  conversationId: string;
  reference: string;
  active: Flag;
  createdAt: Instant;
  updatedAt: Instant;
}

/** Calendar feed tokens, stored as sha-256 hashes only. */
export interface CalendarTokensTable {
  id: string;
  staffId: string;
  tokenHash: string;
  createdAt: Instant;
  revokedAt: NullableInstant;
}

/** Small adapter state such as the Matrix sync token. */
export interface KvTable {
  key: string;
  value: string;
  updatedAt: Instant;
}

/** Ids of chat events already handled, so redelivered events are ignored. */
export interface ProcessedEventsTable {
  eventId: string;
  processedAt: Instant;
}

/** Who changed what, when, through which channel. */
export interface AuditLogTable {
  id: Generated<number>;
  at: Instant;
  actorId: string;
  channel: string;
  action: string;
  entityType: string;
  entityId: string;
  details: string;
}

/** A named lease and the instance holding it until it expires. */
export interface LeasesTable {
  name: string;
  holder: string;
  expiresAt: Instant;
}

/** Version counters of the topics whose whole-table reads are cached in memory (see engine/read-cache.ts). */
export interface ReadVersionsTable {
  topic: string;
  /** bigint: PostgreSQL hands it over as a string. */
  version: ColumnType<number | string, number, number>;
}

/** Files linked from bot messages, under the sha-256 of their link's token, until they expire. */
export interface FilesTable {
  tokenHash: string;
  fileName: string;
  mimeType: string;
  /** blob (SQLite) / bytea (PostgreSQL): both drivers hand it over as a Buffer. */
  data: ColumnType<Buffer, Buffer, never>;
  createdAt: Instant;
  expiresAt: Instant;
}

/** Follow-up tasks of bodies; `dueOn` is a calendar day `YYYY-MM-DD`. */
export interface FollowUpsTable {
  id: string;
  bodyCode: string;
  dueOn: string;
  note: string | null;
  createdBy: string;
  createdAt: Instant;
}

/** The whole schema, in camelCase; the SQL has snake_case tables and columns (see engine/snake-case.ts). */
export interface Database {
  bodies: BodiesTable;
  surveyEvents: SurveyEventsTable;
  outreachEvents: OutreachEventsTable;
  contacts: ContactsTable;
  staff: StaffTable;
  staffIdentities: StaffIdentitiesTable;
  appointments: AppointmentsTable;
  appointmentAttendees: AppointmentAttendeesTable;
  appointmentReschedules: AppointmentReschedulesTable;
  conversations: ConversationsTable;
  reminderSubscriptions: ReminderSubscriptionsTable;
  reminderDeliveries: ReminderDeliveriesTable;
  conversationRefs: ConversationRefsTable;
  calendarTokens: CalendarTokensTable;
  kv: KvTable;
  processedEvents: ProcessedEventsTable;
  leases: LeasesTable;
  auditLog: AuditLogTable;
  readVersions: ReadVersionsTable;
  files: FilesTable;
  followUps: FollowUpsTable;
}
