import { randomBytes } from "node:crypto";
import { closeSync, existsSync, openSync, readSync, statSync } from "node:fs";
import { basename, dirname, join } from "node:path";
import type { Engine } from "../engine/context.ts";
import { BackupError } from "../errors.ts";
import { migrationNames } from "../migrations/index.ts";

/** What a backup holds: the engine it came from, its schema version, and the rows of each table. */
export type BackupSummary = {
  file: string;
  engine: Engine;
  /** The last migration of the backed-up schema. */
  schema: string;
  /** Rows per table (the migrations' bookkeeping tables left out). */
  rows: Record<string, number>;
  /** Tables of a PostgreSQL backup a restore left out: not made by the migrations, so not the store's. */
  skipped?: string[];
};

/** The first line of a PostgreSQL backup; the second is `-- ` and the header JSON. */
export const POSTGRES_BACKUP_MAGIC = "-- Weerbaar PostgreSQL backup";
const SQLITE_MAGIC = "SQLite format 3\u0000";

/** kysely's migration bookkeeping: part of the schema (made by the migrations), not of the data. */
export const MIGRATION_TABLES = ["kysely_migration", "kysely_migration_lock"] as const;

/** Which engine's backup `file` is, from its first bytes; a BackupError when it is none. */
export function backupEngineOf(file: string): Engine {
  let fd: number;
  try {
    if (statSync(file).isDirectory()) {
      throw new BackupError(`${file}: is a directory, not a backup / is een map, geen back-up`);
    }
    fd = openSync(file, "r");
  } catch (error) {
    if (error instanceof BackupError) throw error;
    const code = (error as NodeJS.ErrnoException).code;
    throw new BackupError(
      code === "ENOENT"
        ? `${file}: no such file / bestand bestaat niet`
        : `${file}: cannot be read (${code ?? (error as Error).message})`,
    );
  }
  const head = Buffer.alloc(64);
  try {
    readSync(fd, head, 0, head.length, 0);
  } catch (error) {
    throw new BackupError(`${file}: cannot be read (${(error as Error).message})`);
  } finally {
    closeSync(fd);
  }
  const text = head.toString("latin1");
  if (text.startsWith(SQLITE_MAGIC)) return "sqlite";
  if (text.startsWith(POSTGRES_BACKUP_MAGIC)) return "postgres";
  throw new BackupError(`${file}: not a Weerbaar backup / geen Weerbaar-back-up`);
}

/**
 * Checks a backup's schema version against this version's migrations and returns its last one: an older schema
 * is brought up to date after the restore, a newer or a foreign one is refused.
 */
export function checkSchema(file: string, engine: Engine, applied: readonly string[]): string {
  const known = migrationNames(engine);
  const last = applied.at(-1);
  if (!last)
    throw new BackupError(`${file}: not a Weerbaar backup (no schema version) / geen Weerbaar-back-up`);
  const unknown = applied.filter((name) => !known.includes(name));
  if (unknown.length > 0) {
    throw new BackupError(
      `${file}: made by a newer Weerbaar (schema ${unknown.join(", ")}; this one knows up to ${known.at(-1)}): ` +
        "upgrade first / eerst bijwerken",
    );
  }
  if (applied.some((name, i) => known[i] !== name)) {
    throw new BackupError(
      `${file}: its schema versions (${applied.join(", ")}) are not this store's migrations`,
    );
  }
  return last;
}

/** The last `bytes` of a file as text (where a PostgreSQL backup's end line is). */
export function tailOf(file: string, bytes: number): string {
  const fd = openSync(file, "r");
  try {
    const size = statSync(file).size;
    const tail = Buffer.alloc(Math.min(bytes, size));
    readSync(fd, tail, 0, tail.length, size - tail.length);
    return tail.toString("utf8");
  } finally {
    closeSync(fd);
  }
}

/** Refuses to write over an existing file: a backup never replaces anything, least of all the live database. */
export function assertNewFile(file: string): void {
  if (existsSync(file)) {
    throw new BackupError(`${file} already exists; choose a new name / bestaat al, kies een nieuwe naam`);
  }
  if (!existsSync(dirname(file))) {
    throw new BackupError(`${dirname(file)}: no such directory / map bestaat niet`);
  }
}

/** A temporary name beside `file`, so the finished file appears there by an atomic rename. */
export function partialName(file: string): string {
  return join(dirname(file), `.${basename(file)}.partial-${randomBytes(4).toString("hex")}`);
}

/** "sqlite" as people say it. */
export function engineName(engine: Engine): string {
  return engine === "sqlite" ? "SQLite" : "PostgreSQL";
}
