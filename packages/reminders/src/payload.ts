import { z } from "zod";

/** What a delivery row carries: a reference to its subject, rendered into a Reply only when it is sent. */
export const ReminderPayload = z.discriminatedUnion("kind", [
  z.object({
    kind: z.enum(["meeting_day_before", "meeting_hour_before"]),
    appointmentId: z.string().min(1),
    sequence: z.number().int().nonnegative(),
  }),
  z.object({
    kind: z.literal("meeting_outcome"),
    appointmentId: z.string().min(1),
    /** 1 for the first working morning after the meeting, 2 for the next, … */
    round: z.number().int().positive(),
  }),
  z.object({
    kind: z.literal("outreach_follow_up"),
    bodyCode: z.string().min(1),
    reason: z.enum(["letter_unanswered", "no_support_decision"]),
    since: z.iso.datetime(),
  }),
  z.object({ kind: z.literal("weekly_digest"), runAt: z.iso.datetime() }),
]);
/** A reminder payload, discriminated by `kind`. */
export type ReminderPayload = z.infer<typeof ReminderPayload>;

/** The subscription kind ("meetings", "follow_ups", "digest") a reminder kind is delivered under. */
export function topicOf(kind: ReminderPayload["kind"]): SubscriptionTopic {
  if (kind === "meeting_day_before" || kind === "meeting_hour_before") return "meetings";
  if (kind === "weekly_digest") return "digest";
  return "follow_ups";
}

/** The subscription kinds the assistant offers. */
export type SubscriptionTopic = "meetings" | "follow_ups" | "digest";
