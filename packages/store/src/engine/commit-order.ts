import { sql, type Transaction } from "kysely";
import type { Executor } from "./context.ts";
import type { Database } from "./schema.ts";

/**
 * The event tables whose newest row is what the store calls current (a body's survey status; the tie-break
 * between outreach events of the same instant). "Newest" means last in commit order, which is id order:
 * `recorded_at` and `occurred_at` come from the author's clock, and two replicas' clocks can be minutes apart.
 */
export type CommitOrderedTable = "surveyEvents" | "outreachEvents";

/** One advisory-lock class for the store (ASCII "WBst"), one key per table; never reuse a number. */
const LOCK_CLASS = 0x57_42_73_74;
const LOCK_KEY: Record<CommitOrderedTable, number> = { surveyEvents: 1, outreachEvents: 2 };

/** The tables each open transaction already serialized, so a batch of writes asks PostgreSQL only once. */
const held = new WeakMap<Transaction<Database>, Set<CommitOrderedTable>>();

/**
 * Makes id order commit order for `table`; call it in the write transaction before its first insert into `table`.
 *
 * SQLite needs nothing: every write transaction starts with BEGIN IMMEDIATE, so writers run one at a time and the
 * autoincrement id is commit order. A PostgreSQL serial id is drawn at insert, not at commit: of two concurrent
 * transactions the one that drew the lower id can commit second, and would then look older than a write it
 * followed. A transaction-scoped advisory lock per table, taken before the insert and released only after the
 * commit is visible, lets one writer of the table at a time draw ids. Readers never wait for it.
 *
 * Lock order, so writers cannot deadlock: these table locks first (survey before outreach), row locks after;
 * the repositories take them at the start of each write for that reason.
 */
export async function serializeWriters(
  tx: Transaction<Database>,
  exec: Executor,
  table: CommitOrderedTable,
): Promise<void> {
  if (exec.engine !== "postgres") return;
  const tables = held.get(tx) ?? new Set<CommitOrderedTable>();
  if (tables.has(table)) return;
  await sql`select pg_advisory_xact_lock(${sql.lit(LOCK_CLASS)}, ${sql.lit(LOCK_KEY[table])})`.execute(tx);
  tables.add(table);
  held.set(tx, tables);
}
