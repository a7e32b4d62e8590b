import { Attendee, ContactRole } from "@weerbaar/domain";
import { z } from "zod";
import { Intent } from "../../understanding/index.ts";

const Instant = z.iso.datetime();

/** What was understood of a meeting's time so far, stored between questions (instants as ISO strings). */
export const SavedWhen = z.object({
  start: Instant.optional(),
  end: Instant.optional(),
  durationMinutes: z.number().int().positive().optional(),
  hasDate: z.boolean(),
  hasTime: z.boolean(),
  yearGiven: z.boolean(),
  assumptions: z.array(
    z.enum([
      "bare_hour_afternoon",
      "moved_to_next_year",
      "weekday_next_week",
      "next_weekday_ambiguous",
      "weekday_does_not_match_date",
      "moved_to_tomorrow",
    ]),
  ),
});
/** A partial meeting time kept in the dialog state. */
export type SavedWhen = z.infer<typeof SavedWhen>;

/** A meeting change waiting for the user's "ja"; carries the overlaps the user was shown. */
export const MeetingWrite = z.discriminatedUnion("type", [
  z.object({
    type: z.literal("book"),
    bodyCode: z.string(),
    start: Instant,
    end: Instant,
    location: z.string(),
    locationIsDefault: z.boolean(),
    organizerId: z.string(),
    attendees: z.array(Attendee),
    unknownRoles: z.array(ContactRole),
    assumptions: z.array(z.string()),
    acceptedConflicts: z.array(z.string()),
  }),
  z.object({
    type: z.literal("reschedule"),
    appointmentId: z.string(),
    start: Instant,
    end: Instant,
    assumptions: z.array(z.string()),
    acceptedConflicts: z.array(z.string()),
  }),
  z.object({ type: z.literal("cancel"), appointmentId: z.string(), reason: z.string().optional() }),
]);
/** A booking, move or cancellation awaiting confirmation. */
export type MeetingWrite = z.infer<typeof MeetingWrite>;

/** The open question of a meeting dialog. */
export const MeetingStep = z.discriminatedUnion("type", [
  z.object({ type: z.literal("confirm"), write: MeetingWrite }),
  z.object({
    type: z.literal("ask_when"),
    resume: Intent,
    when: SavedWhen,
    appointmentId: z.string().optional(),
  }),
  z.object({ type: z.literal("choose_appointment"), resume: Intent, candidates: z.array(z.string()).min(2) }),
]);
/** What a meeting dialog waits for. */
export type MeetingStep = z.infer<typeof MeetingStep>;
