import type { Kysely } from "kysely";
import type { Migration } from "kysely/migration";

/** The language a channel asked for its reminders in; null for subscriptions made before it was kept. */
export const subscriptionLanguageMigration: Migration = {
  async up(db: Kysely<unknown>) {
    await db.schema.alterTable("reminder_subscriptions").addColumn("lang", "text").execute();
  },
};
