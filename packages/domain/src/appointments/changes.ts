import type { Appointment } from "./appointment.ts";

/** Why an appointment change was refused; the assistant phrases it per code. */
export type AppointmentChangeProblem = "cancelled" | "held" | "ends_before_start";

/** A refused appointment change, with a code to phrase it in Dutch or English. */
export class AppointmentChangeError extends Error {
  /** The rule the change broke. */
  readonly code: AppointmentChangeProblem;

  /** Builds the error with an English message for logs. */
  constructor(code: AppointmentChangeProblem, message: string) {
    super(message);
    this.name = "AppointmentChangeError";
    this.code = code;
  }
}

function assertOpen(appointment: Appointment, action: string): void {
  if (appointment.status === "cancelled") {
    throw new AppointmentChangeError(
      "cancelled",
      `cannot ${action} appointment ${appointment.id}: it was cancelled`,
    );
  }
  if (appointment.status === "held") {
    throw new AppointmentChangeError(
      "held",
      `cannot ${action} appointment ${appointment.id}: it was already held`,
    );
  }
}

/** A move of a meeting: without `end` the meeting keeps its length. */
export type RescheduleChange = {
  start: Date;
  end?: Date;
  changedAt: Date;
  changedBy: string;
  reason?: string;
};

/** Moves a meeting, recording the old time in its history and bumping the calendar sequence. */
export function reschedule(appointment: Appointment, change: RescheduleChange): Appointment {
  assertOpen(appointment, "reschedule");
  const duration = appointment.end.getTime() - appointment.start.getTime();
  const end = change.end ?? new Date(change.start.getTime() + duration);
  if (end.getTime() <= change.start.getTime()) {
    throw new AppointmentChangeError("ends_before_start", "a meeting ends after it starts");
  }
  return {
    ...appointment,
    start: change.start,
    end,
    history: [
      ...appointment.history,
      {
        previousStart: appointment.start,
        previousEnd: appointment.end,
        changedAt: change.changedAt,
        changedBy: change.changedBy,
        ...(change.reason === undefined ? {} : { reason: change.reason }),
      },
    ],
    sequence: appointment.sequence + 1,
  };
}

/** A cancellation with who, when and why. */
export type CancelChange = { reason: string; changedAt: Date; changedBy: string };

/** Cancels a meeting, keeping its time, and bumps the calendar sequence so invitations update. */
export function cancel(appointment: Appointment, change: CancelChange): Appointment {
  assertOpen(appointment, "cancel");
  return {
    ...appointment,
    status: "cancelled",
    cancelReason: change.reason,
    cancelledAt: change.changedAt,
    cancelledBy: change.changedBy,
    sequence: appointment.sequence + 1,
  };
}

/** Records that a meeting took place, optionally with notes; a cancelled meeting cannot have been held. */
export function markHeld(appointment: Appointment, options: { notes?: string } = {}): Appointment {
  if (appointment.status === "cancelled") {
    throw new AppointmentChangeError(
      "cancelled",
      `appointment ${appointment.id} was cancelled, so it was not held`,
    );
  }
  return { ...appointment, status: "held", ...(options.notes === undefined ? {} : { notes: options.notes }) };
}
