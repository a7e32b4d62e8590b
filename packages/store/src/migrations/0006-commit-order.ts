import type { Kysely } from "kysely";
import type { Migration } from "kysely/migration";

/**
 * A body's survey events by id: the current status is the last committed event (engine/commit-order.ts), no
 * longer the one with the latest author's clock, so the index by (body_code, recorded_at) has no reader left.
 */
export const commitOrderMigration: Migration = {
  async up(db: Kysely<unknown>) {
    await db.schema
      .createIndex("survey_events_body_id")
      .on("survey_events")
      .columns(["body_code", "id"])
      .execute();
    await db.schema.dropIndex("survey_events_body").execute();
  },
};
