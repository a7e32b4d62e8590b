import {
  constants,
  copyFileSync,
  existsSync,
  linkSync,
  mkdirSync,
  renameSync,
  rmSync,
  statSync,
  unlinkSync,
} from "node:fs";
import { dirname, resolve } from "node:path";
import Sqlite from "better-sqlite3";
import { Kysely } from "kysely";
import { openSqliteDialect } from "../engine/sqlite.ts";
import { BackupError } from "../errors.ts";
import { migrateToLatest } from "../migrations/index.ts";
import {
  assertNewFile,
  type BackupSummary,
  checkSchema,
  MIGRATION_TABLES,
  partialName,
} from "./backup-file.ts";

const BUSY_TIMEOUT_MS = 10_000;
/** better-sqlite3's largest step: every page at once. */
const ALL_PAGES = 0x7fffffff;

/** The rows of every table and the schema version of an open SQLite database. */
function summarize(db: Sqlite.Database, file: string): BackupSummary {
  const tables = db
    .prepare<[], string>(
      "select name from sqlite_master where type = 'table' and name not like 'sqlite_%' order by name",
    )
    .pluck()
    .all()
    .filter((name) => !(MIGRATION_TABLES as readonly string[]).includes(name));
  const rows: Record<string, number> = {};
  for (const table of tables) {
    rows[table] =
      db
        .prepare<[], number>(`select count(*) from "${table.replace(/"/g, '""')}"`)
        .pluck()
        .get() ?? 0;
  }
  const schema = appliedMigrations(db, file).at(-1) ?? "";
  return { file, engine: "sqlite", schema, rows };
}

function appliedMigrations(db: Sqlite.Database, file: string): string[] {
  const exists = db
    .prepare("select 1 from sqlite_master where type = 'table' and name = 'kysely_migration'")
    .get();
  if (!exists)
    throw new BackupError(`${file}: a SQLite database, but not a Weerbaar one / geen Weerbaar-database`);
  return db.prepare<[], string>("select name from kysely_migration order by name").pluck().all();
}

function sqliteFailure(file: string, error: unknown): BackupError {
  const message = (error as Error).message;
  if (/not a database|malformed|corrupt/i.test(message)) {
    return new BackupError(`${file}: damaged or not a SQLite database (${message}) / beschadigd`);
  }
  return new BackupError(`${file}: ${message}`);
}

/**
 * Copies the SQLite database at `path` to `out` through SQLite's online backup API, on a connection of its own
 * (the store's connection could be inside a transaction, whose uncommitted rows a copy through it would see).
 * The file appears only when complete, as a self-contained database (no -wal beside it).
 */
export async function backupSqlite(path: string, out: string): Promise<BackupSummary> {
  assertNewFile(out);
  if (!existsSync(path)) throw new BackupError(`sqlite:${path}: no such database / database bestaat niet`);
  let source: Sqlite.Database;
  try {
    source = new Sqlite(resolve(path), { readonly: true, fileMustExist: true });
    source.pragma(`busy_timeout = ${BUSY_TIMEOUT_MS}`);
    appliedMigrations(source, path);
  } catch (error) {
    if (error instanceof BackupError) throw error;
    throw new BackupError(`sqlite:${path}: cannot be opened for a backup (${(error as Error).message})`);
  }
  const partial = partialName(out);
  try {
    // All pages in one step: a step reads under one read transaction, so the copy is the state after one commit,
    // and in WAL mode the bots keep writing meanwhile. In smaller steps every commit from another connection
    // would restart the copy, which under steady writes might never finish.
    await source.backup(partial, { progress: () => ALL_PAGES });
    const copy = new Sqlite(partial);
    try {
      copy.pragma("journal_mode = DELETE");
      const summary = summarize(copy, out);
      linkSync(partial, out); // fails rather than replace a file made meanwhile
      return summary;
    } finally {
      copy.close();
    }
  } catch (error) {
    if (error instanceof BackupError) throw error;
    throw new BackupError(`${out}: the backup failed (${(error as Error).message})`);
  } finally {
    source.close();
    rmSync(partial, { force: true });
  }
}

/** True when `path` holds no database yet: absent, zero bytes, or a SQLite file without tables. */
function isEmptyDatabase(path: string): boolean {
  if (!existsSync(path)) return true;
  if (statSync(path).size === 0) return true;
  try {
    const db = new Sqlite(path, { readonly: true, fileMustExist: true });
    try {
      return db.prepare("select 1 from sqlite_master limit 1").get() === undefined;
    } finally {
      db.close();
    }
  } catch {
    return false;
  }
}

/**
 * Restores a SQLite backup to `path`, which must hold no database yet. All or nothing: the copy is checked and
 * migrated to this version's schema under a temporary name, and only then moved into place.
 */
export async function restoreSqlite(file: string, path: string): Promise<BackupSummary> {
  if (path === ":memory:") throw new BackupError("a backup cannot be restored into sqlite::memory:");
  const target = resolve(path);
  const display = `sqlite:${path}`;
  if (!isEmptyDatabase(target)) {
    throw new BackupError(
      `${display} is not empty; restore only into a new database / herstel alleen in een nieuwe, lege database`,
    );
  }
  for (const journal of [`${target}-wal`, `${target}-journal`]) {
    if (existsSync(journal) && statSync(journal).size > 0) {
      throw new BackupError(
        `${journal} exists: a journal left by another database would be applied to the restore`,
      );
    }
  }
  if (existsSync(`${file}-wal`) && statSync(`${file}-wal`).size > 0) {
    throw new BackupError(
      `${file} is a live database (it has ${file}-wal); make a backup of it with weerbaar backup`,
    );
  }
  mkdirSync(dirname(target), { recursive: true });
  const partial = partialName(target);
  try {
    copyFileSync(file, partial, constants.COPYFILE_EXCL);
    let schema: string;
    const copy = new Sqlite(partial, { fileMustExist: true });
    try {
      const check = copy.pragma("quick_check", { simple: true });
      if (check !== "ok") throw new BackupError(`${file}: damaged (${String(check)}) / beschadigd`);
      schema = checkSchema(file, "sqlite", appliedMigrations(copy, file));
    } catch (error) {
      throw error instanceof BackupError ? error : sqliteFailure(file, error);
    } finally {
      copy.close();
    }
    // An older backup's schema is brought up to date before the file takes its place.
    const db = new Kysely<unknown>({ dialect: openSqliteDialect(partial, display) });
    try {
      await migrateToLatest(db, "sqlite");
    } finally {
      await db.destroy();
    }
    const restored = new Sqlite(partial, { readonly: true });
    let summary: BackupSummary;
    try {
      summary = { ...summarize(restored, file), schema };
    } finally {
      restored.close();
    }
    if (existsSync(target)) renameSync(partial, target);
    else {
      linkSync(partial, target);
      unlinkSync(partial);
    }
    return summary;
  } catch (error) {
    if (error instanceof BackupError) throw error;
    throw new BackupError(`${display}: the restore failed (${(error as Error).message})`);
  } finally {
    for (const leftover of [partial, `${partial}-wal`, `${partial}-shm`]) rmSync(leftover, { force: true });
  }
}
