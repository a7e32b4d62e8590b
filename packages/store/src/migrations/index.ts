import type { Kysely } from "kysely";
import { type Migration, type MigrationProvider, Migrator } from "kysely/migration";
import type { Engine } from "../engine/context.ts";
import { initialMigration } from "./0001-initial.ts";
import { leasesMigration } from "./0002-leases.ts";
import { queryIndexesMigration } from "./0003-query-indexes.ts";
import { readVersionsMigration } from "./0004-read-versions.ts";
import { subscriptionLanguageMigration } from "./0005-subscription-language.ts";

/** Migrations in order; names sort, and a shipped migration is never edited, only followed by a new one. */
function migrations(engine: Engine): Record<string, Migration> {
  return {
    "0001-initial": initialMigration(engine),
    "0002-leases": leasesMigration(engine),
    "0003-query-indexes": queryIndexesMigration,
    "0004-read-versions": readVersionsMigration,
    "0005-subscription-language": subscriptionLanguageMigration,
  };
}

/** Brings the schema up to date; concurrent openers wait for each other (advisory lock / BEGIN IMMEDIATE). */
export async function migrateToLatest(db: Kysely<unknown>, engine: Engine): Promise<string[]> {
  const provider: MigrationProvider = { getMigrations: async () => migrations(engine) };
  const migrator = new Migrator({ db, provider });
  const { error, results } = await migrator.migrateToLatest();
  if (error) throw error;
  return (results ?? []).filter((r) => r.status === "Success").map((r) => r.migrationName);
}
