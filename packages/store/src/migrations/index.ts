import type { Kysely } from "kysely";
import { type Migration, type MigrationProvider, type MigrationResultSet, Migrator } from "kysely/migration";
import type { Engine } from "../engine/context.ts";
import { initialMigration } from "./0001-initial.ts";
import { leasesMigration } from "./0002-leases.ts";
import { queryIndexesMigration } from "./0003-query-indexes.ts";
import { readVersionsMigration } from "./0004-read-versions.ts";
import { subscriptionLanguageMigration } from "./0005-subscription-language.ts";
import { commitOrderMigration } from "./0006-commit-order.ts";
import { filesMigration } from "./0007-files.ts";
import { followUpsMigration } from "./0008-follow-ups.ts";

/** Migrations in order; names sort, and a shipped migration is never edited, only followed by a new one. */
function migrations(engine: Engine): Record<string, Migration> {
  return {
    "0001-initial": initialMigration(engine),
    "0002-leases": leasesMigration(engine),
    "0003-query-indexes": queryIndexesMigration,
    "0004-read-versions": readVersionsMigration,
    "0005-subscription-language": subscriptionLanguageMigration,
    "0006-commit-order": commitOrderMigration,
    "0007-files": filesMigration(engine),
    "0008-follow-ups": followUpsMigration(engine),
  };
}

/** The names of the migrations this version of the store knows, in order: its schema versions. */
export function migrationNames(engine: Engine): string[] {
  return Object.keys(migrations(engine)).sort();
}

function migrator(db: Kysely<unknown>, engine: Engine): Migrator {
  const provider: MigrationProvider = { getMigrations: async () => migrations(engine) };
  return new Migrator({ db, provider });
}

function succeeded({ error, results }: MigrationResultSet): string[] {
  if (error) throw error;
  return (results ?? []).filter((r) => r.status === "Success").map((r) => r.migrationName);
}

/**
 * Brings the schema up to date; concurrent openers wait for each other (advisory lock / BEGIN IMMEDIATE). Given
 * an open transaction, migrates inside it (both engines run DDL in transactions).
 */
export async function migrateToLatest(db: Kysely<unknown>, engine: Engine): Promise<string[]> {
  return succeeded(await migrator(db, engine).migrateToLatest());
}

/** Brings an empty or older schema up to exactly `name` (a restore loads a backup's rows into its own schema). */
export async function migrateTo(db: Kysely<unknown>, engine: Engine, name: string): Promise<string[]> {
  return succeeded(await migrator(db, engine).migrateTo(name));
}
