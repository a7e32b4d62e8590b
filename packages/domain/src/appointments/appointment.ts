import { z } from "zod";
import { BodyCode } from "../bodies/body.ts";

/** The life of a meeting. */
export const AppointmentStatus = z.enum(["proposed", "confirmed", "cancelled", "held"]);
/** proposed, confirmed, cancelled, held. */
export type AppointmentStatus = z.infer<typeof AppointmentStatus>;

/** Who attends: a contact of the body or a staff member. */
export const Attendee = z.discriminatedUnion("type", [
  z.object({ type: z.literal("contact"), contactId: z.string().min(1) }),
  z.object({ type: z.literal("staff"), staffId: z.string().min(1) }),
]);
/** A contact or staff attendee. */
export type Attendee = z.infer<typeof Attendee>;

/** A previous time of a rescheduled appointment. */
export const Reschedule = z.object({
  previousStart: z.date(),
  previousEnd: z.date(),
  changedAt: z.date(),
  changedBy: z.string().min(1),
  reason: z.string().max(1000).optional(),
});
/** One entry of an appointment's reschedule history. */
export type Reschedule = z.infer<typeof Reschedule>;

/** The longest a meeting may last: 24 hours. Bounding it lets agenda queries use an index on the start. */
export const MAX_MEETING_MS = 24 * 60 * 60 * 1000;

/** A meeting with a body; start and end are instants (stored in UTC). */
export const Appointment = z
  .object({
    id: z.string().min(1),
    bodyCode: BodyCode,
    organizerId: z.string().min(1),
    attendees: z.array(Attendee).default([]),
    location: z.string().max(500).optional(),
    start: z.date(),
    end: z.date(),
    status: AppointmentStatus,
    notes: z.string().max(4000).optional(),
    cancelReason: z.string().max(1000).optional(),
    cancelledAt: z.date().optional(),
    cancelledBy: z.string().min(1).optional(),
    history: z.array(Reschedule).default([]),
    sequence: z.number().int().nonnegative().default(0),
  })
  .refine((a) => a.end.getTime() > a.start.getTime(), {
    message: "a meeting ends after it starts",
    path: ["end"],
  })
  .refine((a) => a.end.getTime() - a.start.getTime() <= MAX_MEETING_MS, {
    message: "a meeting lasts at most 24 hours",
    path: ["end"],
  });
/** A meeting with a municipality or province. */
export type Appointment = z.infer<typeof Appointment>;
