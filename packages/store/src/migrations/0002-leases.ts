import type { Kysely } from "kysely";
import type { Migration } from "kysely/migration";
import type { Engine } from "../engine/context.ts";

/** Leases: one row per named lease, held by one instance until it expires (leader election across replicas). */
export function leasesMigration(engine: Engine): Migration {
  const instant = engine === "postgres" ? "timestamptz" : "text";
  return {
    async up(db: Kysely<unknown>) {
      await db.schema
        .createTable("leases")
        .addColumn("name", "text", (c) => c.primaryKey())
        .addColumn("holder", "text", (c) => c.notNull())
        .addColumn("expires_at", instant, (c) => c.notNull())
        .execute();
    },
  };
}
