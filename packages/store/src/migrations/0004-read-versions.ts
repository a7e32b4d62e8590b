import { type Kysely, sql } from "kysely";
import type { Migration } from "kysely/migration";

/**
 * One version counter per cached read topic: a write bumps it in its own transaction, so every process and
 * replica knows with one primary-key lookup whether its in-memory copy is still current.
 */
export const readVersionsMigration: Migration = {
  async up(db: Kysely<unknown>) {
    await db.schema
      .createTable("read_versions")
      .addColumn("topic", "text", (c) => c.primaryKey())
      .addColumn("version", "bigint", (c) => c.notNull().defaultTo(0))
      .execute();
    await sql`insert into read_versions (topic, version) values ('survey', 0), ('staff', 0)`.execute(db);
  },
};
