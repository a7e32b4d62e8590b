import { Body, BodyKind, CodeOfConductStatus, ProtocolStatus, ProtocolUsage } from "@weerbaar/domain";
import { z } from "zod";

/** A body named in a message, as the domain resolver saw it. */
export const BodyRef = z.discriminatedUnion("status", [
  z.object({ status: z.literal("found"), body: Body, fuzzy: z.boolean(), matchedText: z.string() }),
  z.object({ status: z.literal("ambiguous"), candidates: z.array(Body).min(2), matchedText: z.string() }),
]);
/** A found or ambiguous body mention. */
export type BodyRef = z.infer<typeof BodyRef>;

/** Which bodies a list or count is about. */
export const BodyFilter = z.object({
  kind: BodyKind.optional(),
  provinceCode: z.string().optional(),
  protocol: z.array(ProtocolStatus).min(1).optional(),
  usage: z.array(ProtocolUsage).min(1).optional(),
  codeOfConduct: z.array(CodeOfConductStatus).min(1).optional(),
});
/** A filter over bodies. */
export type BodyFilter = z.infer<typeof BodyFilter>;

/** The outreach events a chat message can record. */
export const RecordableOutreach = z.enum([
  "letter_sent",
  "called",
  "meeting_held",
  "support_offered",
  "support_declined",
]);
/** An outreach event type recordable from chat. */
export type RecordableOutreach = z.infer<typeof RecordableOutreach>;

/** The reminders a staff member can subscribe to. */
export const ReminderTopic = z.enum(["meetings", "follow_ups", "digest"]);
/** meetings (before an appointment), follow_ups (open actions), digest (a periodic overview). */
export type ReminderTopic = z.infer<typeof ReminderTopic>;

/** The ranges the agenda understands by name. */
export const AgendaRange = z.enum(["today", "tomorrow", "this_week", "next_week", "date"]);
/** today, tomorrow, this_week, next_week, or a date given in `dateText`. */
export type AgendaRange = z.infer<typeof AgendaRange>;

/** A chat identity named by an admin. */
export const StaffIdentity = z.object({ platform: z.enum(["teams", "matrix"]), id: z.string().min(1) });
/** A Teams or Matrix account id. */
export type StaffIdentity = z.infer<typeof StaffIdentity>;

/** What a survey question is about. */
export const SurveyTopic = z.enum(["protocol", "usage", "code_of_conduct"]);
/** protocol, usage or code_of_conduct. */
export type SurveyTopic = z.infer<typeof SurveyTopic>;
