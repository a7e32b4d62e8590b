import type { Kysely } from "kysely";
import type { Migration } from "kysely/migration";

/**
 * Indexes the scale benchmark asked for (1 M appointments, 1 M deliveries): a staff member's agenda by start
 * time, attendance by staff, and reminder deliveries by status and due time.
 */
export const queryIndexesMigration: Migration = {
  async up(db: Kysely<unknown>) {
    await db.schema
      .createIndex("appointments_organizer_start")
      .on("appointments")
      .columns(["organizer_id", "start_at"])
      .execute();
    await db.schema
      .createIndex("appointment_attendees_staff_appointment")
      .on("appointment_attendees")
      .columns(["staff_id", "appointment_id"])
      .execute();
    await db.schema
      .createIndex("reminder_deliveries_status_due")
      .on("reminder_deliveries")
      .columns(["status", "due_at", "id"])
      .execute();
  },
};
