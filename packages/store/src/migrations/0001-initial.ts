import { allBodies } from "@weerbaar/domain";
import type { Kysely } from "kysely";
import type { Migration } from "kysely/migration";
import type { Engine } from "../engine/context.ts";

/** The first schema: every table of the store, and the 354 bodies from the domain's reference data. */
export function initialMigration(engine: Engine): Migration {
  const instant = engine === "postgres" ? "timestamptz" : "text";
  return {
    async up(db: Kysely<unknown>) {
      const serialId = (table: string) =>
        db.schema
          .createTable(table)
          .addColumn("id", engine === "postgres" ? "serial" : "integer", (c) =>
            engine === "postgres" ? c.primaryKey() : c.primaryKey().autoIncrement(),
          );

      await db.schema
        .createTable("bodies")
        .addColumn("code", "text", (c) => c.primaryKey())
        .addColumn("name", "text", (c) => c.notNull())
        .addColumn("kind", "text", (c) => c.notNull())
        .addColumn("province_code", "text", (c) => c.notNull())
        .execute();
      const rows = allBodies.map((b) => ({
        code: b.code,
        name: b.name,
        kind: b.kind,
        province_code: b.provinceCode,
      }));
      for (let i = 0; i < rows.length; i += 100) {
        await db
          .insertInto("bodies" as never)
          .values(rows.slice(i, i + 100) as never)
          .execute();
      }

      await serialId("survey_events")
        .addColumn("body_code", "text", (c) => c.notNull().references("bodies.code"))
        .addColumn("protocol", "text", (c) => c.notNull())
        .addColumn("usage", "text", (c) => c.notNull())
        .addColumn("code_of_conduct", "text", (c) => c.notNull())
        .addColumn("note", "text")
        .addColumn("source", "text")
        .addColumn("recorded_at", instant, (c) => c.notNull())
        .addColumn("recorded_by", "text", (c) => c.notNull())
        .execute();
      await db.schema
        .createIndex("survey_events_body")
        .on("survey_events")
        .columns(["body_code", "recorded_at"])
        .execute();

      await db.schema
        .createTable("staff")
        .addColumn("id", "text", (c) => c.primaryKey())
        .addColumn("display_name", "text", (c) => c.notNull())
        .addColumn("role", "text", (c) => c.notNull())
        .addColumn("created_at", instant, (c) => c.notNull())
        .addColumn("updated_at", instant, (c) => c.notNull())
        .execute();
      await db.schema
        .createTable("staff_identities")
        .addColumn("platform", "text", (c) => c.notNull())
        .addColumn("external_id", "text", (c) => c.notNull())
        .addColumn("tenant_id", "text")
        .addColumn("staff_id", "text", (c) => c.notNull().references("staff.id").onDelete("cascade"))
        .addPrimaryKeyConstraint("staff_identities_pk", ["platform", "external_id"])
        .execute();

      await db.schema
        .createTable("contacts")
        .addColumn("id", "text", (c) => c.primaryKey())
        .addColumn("body_code", "text", (c) => c.notNull().references("bodies.code"))
        .addColumn("name", "text", (c) => c.notNull())
        .addColumn("role", "text", (c) => c.notNull())
        .addColumn("email", "text")
        .addColumn("phone", "text")
        .addColumn("created_at", instant, (c) => c.notNull())
        .addColumn("updated_at", instant, (c) => c.notNull())
        .execute();
      await db.schema.createIndex("contacts_body").on("contacts").column("body_code").execute();

      await db.schema
        .createTable("appointments")
        .addColumn("id", "text", (c) => c.primaryKey())
        .addColumn("body_code", "text", (c) => c.notNull().references("bodies.code"))
        .addColumn("organizer_id", "text", (c) => c.notNull().references("staff.id"))
        .addColumn("location", "text")
        .addColumn("start_at", instant, (c) => c.notNull())
        .addColumn("end_at", instant, (c) => c.notNull())
        .addColumn("status", "text", (c) => c.notNull())
        .addColumn("notes", "text")
        .addColumn("cancel_reason", "text")
        .addColumn("sequence", "integer", (c) => c.notNull().defaultTo(0))
        .addColumn("created_at", instant, (c) => c.notNull())
        .addColumn("updated_at", instant, (c) => c.notNull())
        .execute();
      await db.schema
        .createIndex("appointments_time")
        .on("appointments")
        .columns(["start_at", "end_at"])
        .execute();
      await db.schema
        .createIndex("appointments_organizer")
        .on("appointments")
        .column("organizer_id")
        .execute();
      // Contact attendees carry no foreign key: removing a contact keeps the record of past meetings.
      await db.schema
        .createTable("appointment_attendees")
        .addColumn("appointment_id", "text", (c) =>
          c.notNull().references("appointments.id").onDelete("cascade"),
        )
        .addColumn("position", "integer", (c) => c.notNull())
        .addColumn("type", "text", (c) => c.notNull())
        .addColumn("contact_id", "text")
        .addColumn("staff_id", "text", (c) => c.references("staff.id"))
        .addPrimaryKeyConstraint("appointment_attendees_pk", ["appointment_id", "position"])
        .execute();
      await db.schema
        .createIndex("appointment_attendees_staff")
        .on("appointment_attendees")
        .column("staff_id")
        .execute();
      await serialId("appointment_reschedules")
        .addColumn("appointment_id", "text", (c) =>
          c.notNull().references("appointments.id").onDelete("cascade"),
        )
        .addColumn("previous_start", instant, (c) => c.notNull())
        .addColumn("previous_end", instant, (c) => c.notNull())
        .addColumn("changed_at", instant, (c) => c.notNull())
        .addColumn("changed_by", "text", (c) => c.notNull())
        .addColumn("reason", "text")
        .execute();

      await serialId("outreach_events")
        .addColumn("body_code", "text", (c) => c.notNull().references("bodies.code"))
        .addColumn("type", "text", (c) => c.notNull())
        .addColumn("occurred_at", instant, (c) => c.notNull())
        .addColumn("recorded_by", "text", (c) => c.notNull())
        .addColumn("note", "text")
        .addColumn("appointment_id", "text", (c) => c.references("appointments.id"))
        .addColumn("details", "text", (c) => c.notNull().defaultTo("{}"))
        .execute();
      await db.schema
        .createIndex("outreach_events_body")
        .on("outreach_events")
        .columns(["body_code", "occurred_at"])
        .execute();

      await db.schema
        .createTable("conversations")
        .addColumn("id", "text", (c) => c.primaryKey())
        .addColumn("state", "text", (c) => c.notNull())
        .addColumn("updated_at", instant, (c) => c.notNull())
        .addColumn("expires_at", instant)
        .execute();

      await db.schema
        .createTable("reminder_subscriptions")
        .addColumn("id", "text", (c) => c.primaryKey())
        .addColumn("platform", "text", (c) => c.notNull())
        .addColumn("channel_id", "text", (c) => c.notNull())
        .addColumn("kind", "text", (c) => c.notNull())
        .addColumn("active", "integer", (c) => c.notNull())
        .addColumn("created_by", "text", (c) => c.notNull())
        .addColumn("created_at", instant, (c) => c.notNull())
        .addColumn("updated_at", instant, (c) => c.notNull())
        .addUniqueConstraint("reminder_subscriptions_channel_kind", ["platform", "channel_id", "kind"])
        .execute();

      await db.schema
        .createTable("reminder_deliveries")
        .addColumn("id", "text", (c) => c.primaryKey())
        .addColumn("key", "text", (c) => c.notNull().unique())
        .addColumn("platform", "text", (c) => c.notNull())
        .addColumn("channel_id", "text", (c) => c.notNull())
        .addColumn("due_at", instant, (c) => c.notNull())
        .addColumn("status", "text", (c) => c.notNull())
        .addColumn("attempts", "integer", (c) => c.notNull().defaultTo(0))
        .addColumn("next_attempt_at", instant, (c) => c.notNull())
        .addColumn("claimed_by", "text")
        .addColumn("claimed_until", instant)
        .addColumn("platform_message_id", "text")
        .addColumn("sent_at", instant)
        .addColumn("late", "integer", (c) => c.notNull().defaultTo(0))
        .addColumn("payload", "text", (c) => c.notNull())
        .addColumn("last_error", "text")
        .addColumn("created_at", instant, (c) => c.notNull())
        .addColumn("updated_at", instant, (c) => c.notNull())
        .execute();
      await db.schema
        .createIndex("reminder_deliveries_due")
        .on("reminder_deliveries")
        .columns(["status", "next_attempt_at"])
        .execute();

      await db.schema
        .createTable("conversation_refs")
        .addColumn("conversation_id", "text", (c) => c.primaryKey())
        .addColumn("reference", "text", (c) => c.notNull())
        .addColumn("active", "integer", (c) => c.notNull())
        .addColumn("created_at", instant, (c) => c.notNull())
        .addColumn("updated_at", instant, (c) => c.notNull())
        .execute();

      await db.schema
        .createTable("calendar_tokens")
        .addColumn("id", "text", (c) => c.primaryKey())
        .addColumn("staff_id", "text", (c) => c.notNull().references("staff.id").onDelete("cascade"))
        .addColumn("token_hash", "text", (c) => c.notNull().unique())
        .addColumn("created_at", instant, (c) => c.notNull())
        .addColumn("revoked_at", instant)
        .execute();

      await db.schema
        .createTable("kv")
        .addColumn("key", "text", (c) => c.primaryKey())
        .addColumn("value", "text", (c) => c.notNull())
        .addColumn("updated_at", instant, (c) => c.notNull())
        .execute();
      await db.schema
        .createTable("processed_events")
        .addColumn("event_id", "text", (c) => c.primaryKey())
        .addColumn("processed_at", instant, (c) => c.notNull())
        .execute();

      await serialId("audit_log")
        .addColumn("at", instant, (c) => c.notNull())
        .addColumn("actor_id", "text", (c) => c.notNull())
        .addColumn("channel", "text", (c) => c.notNull())
        .addColumn("action", "text", (c) => c.notNull())
        .addColumn("entity_type", "text", (c) => c.notNull())
        .addColumn("entity_id", "text", (c) => c.notNull())
        .addColumn("details", "text", (c) => c.notNull())
        .execute();
      await db.schema
        .createIndex("audit_log_entity")
        .on("audit_log")
        .columns(["entity_type", "entity_id"])
        .execute();
    },
  };
}
