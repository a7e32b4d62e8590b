import type { Appointment } from "@weerbaar/domain";

/** Booking overlaps existing meetings of the same staff; carries them so the user can confirm and retry. */
export class AppointmentConflictError extends Error {
  override readonly name = "AppointmentConflictError";
  constructor(readonly conflicts: Appointment[]) {
    super(
      `overlaps ${conflicts.length} existing appointment(s): ${conflicts.map((c) => `${c.id} ${c.start.toISOString()}–${c.end.toISOString()}`).join(", ")}`,
    );
  }
}

/** A change that the appointment's status does not allow, e.g. rescheduling a cancelled meeting. */
export class AppointmentStateError extends Error {
  override readonly name = "AppointmentStateError";
}
