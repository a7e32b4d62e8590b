import type { Kysely } from "kysely";
import type { Migration } from "kysely/migration";
import type { Engine } from "../engine/context.ts";

/**
 * Follow-up tasks of bodies ("bel half november terug"). The due day is a calendar day as text (`YYYY-MM-DD`) on
 * both engines: a day, not an instant, so it sorts and compares the same everywhere and has no time zone.
 */
export function followUpsMigration(engine: Engine): Migration {
  const instant = engine === "postgres" ? "timestamptz" : "text";
  return {
    async up(db: Kysely<unknown>) {
      await db.schema
        .createTable("follow_ups")
        .addColumn("id", "text", (c) => c.primaryKey())
        .addColumn("body_code", "text", (c) => c.notNull().references("bodies.code"))
        .addColumn("due_on", "text", (c) => c.notNull())
        .addColumn("note", "text")
        .addColumn("created_by", "text", (c) => c.notNull())
        .addColumn("created_at", instant, (c) => c.notNull())
        .execute();
      await db.schema.createIndex("follow_ups_body").on("follow_ups").column("body_code").execute();
      await db.schema.createIndex("follow_ups_due_on").on("follow_ups").column("due_on").execute();
    },
  };
}
