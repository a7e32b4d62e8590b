import { type Dialect, Kysely, sql } from "kysely";
import { backupDatabase } from "./backup/backup.ts";
import type { BackupSummary } from "./backup/backup-file.ts";
import type { Engine, Executor } from "./engine/context.ts";
import { ReadCache } from "./engine/read-cache.ts";
import type { Database } from "./engine/schema.ts";
import { CamelCaseResultsPlugin } from "./engine/snake-case.ts";
import { openSqliteDialect, type WeerbaarSqliteDialect } from "./engine/sqlite.ts";
import { parseStoreUrl } from "./engine/url.ts";
import { StoreConnectionError } from "./errors.ts";
import { migrateToLatest } from "./migrations/index.ts";
import { type AppointmentsRepository, appointmentsRepository } from "./repositories/appointments.ts";
import { type AuditRepository, auditRepository } from "./repositories/audit.ts";
import { type CalendarTokensRepository, calendarTokensRepository } from "./repositories/calendar-tokens.ts";
import { type ContactsRepository, contactsRepository } from "./repositories/contacts.ts";
import {
  type ConversationRefsRepository,
  conversationRefsRepository,
} from "./repositories/conversation-refs.ts";
import { type ConversationsRepository, conversationsRepository } from "./repositories/conversations.ts";
import { type DeliveriesRepository, deliveriesRepository } from "./repositories/deliveries.ts";
import { type DemoRepository, demoRepository } from "./repositories/demo.ts";
import { type FilesRepository, filesRepository } from "./repositories/files.ts";
import { type FollowUpsRepository, followUpsRepository } from "./repositories/follow-ups.ts";
import { type KvRepository, kvRepository } from "./repositories/kv.ts";
import { type LeasesRepository, leasesRepository } from "./repositories/leases.ts";
import { type OutreachRepository, outreachRepository } from "./repositories/outreach.ts";
import { type StaffRepository, staffRepository } from "./repositories/staff.ts";
import { type SubscriptionsRepository, subscriptionsRepository } from "./repositories/subscriptions.ts";
import { type SurveyRepository, surveyRepository } from "./repositories/survey.ts";

/** The repositories; inside `store.transaction` they all share one transaction. */
export interface Repositories {
  survey: SurveyRepository;
  outreach: OutreachRepository;
  contacts: ContactsRepository;
  /** Follow-up tasks of bodies: what to do by which day. */
  followUps: FollowUpsRepository;
  appointments: AppointmentsRepository;
  staff: StaffRepository;
  conversations: ConversationsRepository;
  subscriptions: SubscriptionsRepository;
  deliveries: DeliveriesRepository;
  conversationRefs: ConversationRefsRepository;
  calendarTokens: CalendarTokensRepository;
  kv: KvRepository;
  /** Files linked from bot messages (chart images, exports), until they expire. */
  files: FilesRepository;
  leases: LeasesRepository;
  audit: AuditRepository;
  /** The clearly marked demo data: how much is present, and removing exactly it. */
  demo: DemoRepository;
}

/** Result of a health check. */
export type StoreHealth = { ok: true; engine: Engine } | { ok: false; engine: Engine; error: string };

/** An open store: repositories, transactions, health and close. */
export interface Store extends Repositories {
  /** `sqlite` or `postgres`. */
  readonly engine: Engine;
  /** The URL it was opened with, password removed. */
  readonly url: string;
  /** Runs `fn` in one transaction: everything it writes (audit rows included) commits or rolls back together. */
  transaction<T>(fn: (tx: Repositories) => Promise<T>): Promise<T>;
  /** One round trip to the database. */
  health(): Promise<StoreHealth>;
  /**
   * Writes a consistent backup of the whole database to `file`, a new file, while the store and others keep
   * writing: SQLite through its online backup API, PostgreSQL as an in-process dump of one snapshot. Restore it
   * with restoreBackup. Failures are BackupErrors.
   */
  backup(file: string): Promise<BackupSummary>;
  /** Closes the connection(s); the store cannot be used afterwards. */
  close(): Promise<void>;
}

/** Options of openStore. */
export type StoreOptions = { now?: () => Date };

/** The default store URL: a SQLite file under ./data. */
export const DEFAULT_STORE_URL = "sqlite:./data/weerbaar.db";

function repositories(exec: Executor): Repositories {
  return {
    survey: surveyRepository(exec),
    outreach: outreachRepository(exec),
    contacts: contactsRepository(exec),
    followUps: followUpsRepository(exec),
    appointments: appointmentsRepository(exec),
    staff: staffRepository(exec),
    conversations: conversationsRepository(exec),
    subscriptions: subscriptionsRepository(exec),
    deliveries: deliveriesRepository(exec),
    conversationRefs: conversationRefsRepository(exec),
    calendarTokens: calendarTokensRepository(exec),
    kv: kvRepository(exec),
    files: filesRepository(exec),
    leases: leasesRepository(exec),
    audit: auditRepository(exec),
    demo: demoRepository(exec),
  };
}

/** Connects to the database named by `url`, migrates it to the latest schema, and gives the repositories' executor. */
export async function openExecutor(url: string, options: StoreOptions = {}): Promise<Executor> {
  const location = parseStoreUrl(url);
  let sqlite: WeerbaarSqliteDialect | undefined;
  let dialect: Dialect;
  if (location.engine === "sqlite") dialect = sqlite = openSqliteDialect(location.path, location.display);
  // pg is loaded only for a PostgreSQL URL: a SQLite install never pays for it at start.
  else {
    const { openPostgresDialect } = await import("./engine/postgres.ts");
    dialect = await openPostgresDialect(location.connectionString, location.display);
  }
  const db = new Kysely<Database>({ dialect, plugins: [new CamelCaseResultsPlugin()] });
  try {
    await migrateToLatest(db as Kysely<unknown>, location.engine);
  } catch (error) {
    await db.destroy().catch(() => {});
    throw new StoreConnectionError(location.display, `migration failed (${(error as Error).message})`, {
      cause: error,
    });
  }
  const now = options.now ?? (() => new Date());
  return { db, engine: location.engine, now, reads: new ReadCache(sqlite?.changeToken) };
}

/** Opens the store named by `url` (sqlite:PATH, sqlite::memory:, postgres://…) and migrates it to the latest schema. */
export async function openStore(url: string = DEFAULT_STORE_URL, options: StoreOptions = {}): Promise<Store> {
  const exec = await openExecutor(url, options);
  const { db, engine } = exec;
  const location = parseStoreUrl(url);
  return {
    ...repositories(exec),
    engine,
    url: location.display,
    backup: (file) => backupDatabase(location, file),
    transaction(fn) {
      return db.transaction().execute((tx) => fn(repositories({ ...exec, db: tx })));
    },
    async health() {
      try {
        await sql`select 1`.execute(db);
        return { ok: true, engine };
      } catch (error) {
        return { ok: false, engine, error: (error as Error).message };
      }
    },
    async close() {
      await db.destroy();
    },
  };
}
