import { z } from "zod";
import { BodyCode } from "../bodies/body.ts";

/** The stages of the team's outreach to a body, in order. */
export const OutreachStage = z.enum([
  "not_contacted",
  "letter_sent",
  "called",
  "meeting_planned",
  "meeting_held",
  "follow_up",
]);
/** not_contacted → letter_sent → called → meeting_planned → meeting_held → follow_up. */
export type OutreachStage = z.infer<typeof OutreachStage>;

/** The support the team offers after a meeting. */
export const SupportKind = z.enum(["moderation", "protocol_help", "code_of_conduct_help", "training"]);
/** Moderating a council conversation, help drafting a protocol or code of conduct, a training. */
export type SupportKind = z.infer<typeof SupportKind>;

const eventBase = {
  bodyCode: BodyCode,
  occurredAt: z.date(),
  recordedBy: z.string().min(1),
  note: z.string().max(4000).optional(),
};

/** Something the team did or learned in its outreach to a body. */
export const OutreachEvent = z.discriminatedUnion("type", [
  z.object({ type: z.literal("letter_sent"), ...eventBase }),
  z.object({ type: z.literal("called"), reached: z.boolean().default(true), ...eventBase }),
  z.object({ type: z.literal("meeting_planned"), appointmentId: z.string().optional(), ...eventBase }),
  z.object({ type: z.literal("meeting_held"), appointmentId: z.string().optional(), ...eventBase }),
  z.object({ type: z.literal("support_offered"), support: z.array(SupportKind).min(1), ...eventBase }),
  z.object({ type: z.literal("support_declined"), ...eventBase }),
]);
/** An outreach event, discriminated by `type`. */
export type OutreachEvent = z.infer<typeof OutreachEvent>;
/** The `type` of an outreach event. */
export type OutreachEventType = OutreachEvent["type"];
