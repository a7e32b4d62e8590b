import type { Kysely } from "kysely";
import type { Migration } from "kysely/migration";
import type { Engine } from "../engine/context.ts";

/**
 * Files the bots link to from their messages (chart images, exports), kept until they expire so a link works
 * after a restart and on every replica. Keyed by the sha-256 of the link's token: the database (and so a backup)
 * never holds a usable link.
 */
export function filesMigration(engine: Engine): Migration {
  const instant = engine === "postgres" ? "timestamptz" : "text";
  const bytes = engine === "postgres" ? "bytea" : "blob";
  return {
    async up(db: Kysely<unknown>) {
      await db.schema
        .createTable("files")
        .addColumn("token_hash", "text", (c) => c.primaryKey())
        .addColumn("file_name", "text", (c) => c.notNull())
        .addColumn("mime_type", "text", (c) => c.notNull())
        .addColumn("data", bytes, (c) => c.notNull())
        .addColumn("created_at", instant, (c) => c.notNull())
        .addColumn("expires_at", instant, (c) => c.notNull())
        .execute();
      // The housekeeping sweep deletes by expiry.
      await db.schema.createIndex("files_expires_at").on("files").column("expires_at").execute();
    },
  };
}
