import {
  Body,
  BodyKind,
  CodeOfConductStatus,
  ContactRole,
  ProtocolStatus,
  ProtocolUsage,
  StaffRole,
  SupportKind,
} from "@weerbaar/domain";
import { z } from "zod";

/*
 * The intents the assistant recognises, and their slots. Every slot is optional unless stated: recognition
 * never needs an entity, the dialog layer asks for what is missing.
 *
 * - help                     "help", "wat kun je?"
 * - list_bodies              filter {kind?, provinceCode?, protocol?[], usage?[], codeOfConduct?[]}, countOnly.
 *                            Negation: "geen/zonder protocol", "has no protocol" → protocol ["none"] (not
 *                            "unknown": a body whose status is unknown may have one); "nog onbekend",
 *                            "weten we niet" → ["unknown"]; "op de plank" → usage ["dormant"] (implies present).
 *                            "hoeveel gemeenten hebben geen protocol" is list_bodies with countOnly: a filter
 *                            with a count; percentages and overviews are survey_summary.
 * - survey_summary           kind?, provinceCode?, perProvince ("per provincie"), topic?.
 * - body_status              body.
 * - update_survey            body, protocol?, usage?, codeOfConduct?, note (the original sentence).
 *                            A usage (active/dormant) implies protocol "present".
 * - record_outreach          bodies (one or more), event, support? (support_offered), reached? ("geen gehoor"
 *                            → false), note. "het gesprek met Leudal is geweest" = event meeting_held.
 * - needs_call               provinceCode?, kind?: whom the team still has to call.
 * - show_contacts            body, role?: "wie is de griffier van Leudal".
 * - add_contact              body, role?, name?, email?, phone?.
 * - book_meeting             body? (the one after "met"/"with", not the place), place? (a body named as the
 *                            place: "in Roermond"), whenText: the message without body names, for the time parser.
 * - reschedule_meeting       body?, whenText.
 * - cancel_meeting           body?, reason? (text after "want"/"omdat"/"because").
 * - agenda                   range? (today, tomorrow, this_week, next_week, date), dateText?, body?,
 *                            staff? ("mine" for the asker, else a colleague's name).
 * - subscribe_reminders      kinds? (meetings, follow_ups, digest), whenText.
 * - unsubscribe_reminders    kinds?.
 * - list_reminders
 * - confirm / cancel         whole-message answers ("ja", "klopt", "👍" / "nee", "laat maar").
 * - choose                   index? (1-based: "2", "de tweede") or kind? ("gemeente"/"provincie").
 * - add_staff                name?, role?, identity? ({platform: teams|matrix, id}).
 * - chart                    chart: progress | map, kind?, provinceCode?, perProvince.
 * - unknown                  suggestions: up to 3 likely intents.
 *
 * Bodies are always what the domain resolver returned: found, or ambiguous with candidates (never guessed).
 */

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

const surveyTopic = z.enum(["protocol", "usage", "code_of_conduct"]);

/** The names of all intents. */
export const IntentName = z.enum([
  "help",
  "list_bodies",
  "survey_summary",
  "body_status",
  "update_survey",
  "record_outreach",
  "needs_call",
  "show_contacts",
  "add_contact",
  "book_meeting",
  "reschedule_meeting",
  "cancel_meeting",
  "agenda",
  "subscribe_reminders",
  "unsubscribe_reminders",
  "list_reminders",
  "confirm",
  "cancel",
  "choose",
  "add_staff",
  "chart",
  "unknown",
]);
/** The name of an intent. */
export type IntentName = z.infer<typeof IntentName>;

/** What a message asks for, with its slots. */
export const Intent = z.discriminatedUnion("intent", [
  z.object({ intent: z.literal("help") }),
  z.object({ intent: z.literal("list_bodies"), filter: BodyFilter, countOnly: z.boolean() }),
  z.object({
    intent: z.literal("survey_summary"),
    kind: BodyKind.optional(),
    provinceCode: z.string().optional(),
    perProvince: z.boolean(),
    topic: surveyTopic.optional(),
  }),
  z.object({ intent: z.literal("body_status"), body: BodyRef.optional() }),
  z.object({
    intent: z.literal("update_survey"),
    body: BodyRef.optional(),
    protocol: ProtocolStatus.optional(),
    usage: ProtocolUsage.optional(),
    codeOfConduct: CodeOfConductStatus.optional(),
    note: z.string(),
  }),
  z.object({
    intent: z.literal("record_outreach"),
    bodies: z.array(BodyRef),
    event: RecordableOutreach,
    support: z.array(SupportKind).optional(),
    reached: z.boolean().optional(),
    note: z.string(),
  }),
  z.object({
    intent: z.literal("needs_call"),
    provinceCode: z.string().optional(),
    kind: BodyKind.optional(),
  }),
  z.object({ intent: z.literal("show_contacts"), body: BodyRef.optional(), role: ContactRole.optional() }),
  z.object({
    intent: z.literal("add_contact"),
    body: BodyRef.optional(),
    role: ContactRole.optional(),
    name: z.string().optional(),
    email: z.string().optional(),
    phone: z.string().optional(),
  }),
  z.object({
    intent: z.literal("book_meeting"),
    body: BodyRef.optional(),
    place: z.string().optional(),
    whenText: z.string(),
  }),
  z.object({ intent: z.literal("reschedule_meeting"), body: BodyRef.optional(), whenText: z.string() }),
  z.object({ intent: z.literal("cancel_meeting"), body: BodyRef.optional(), reason: z.string().optional() }),
  z.object({
    intent: z.literal("agenda"),
    range: AgendaRange.optional(),
    dateText: z.string().optional(),
    body: BodyRef.optional(),
    staff: z.string().optional(),
  }),
  z.object({
    intent: z.literal("subscribe_reminders"),
    kinds: z.array(ReminderTopic).min(1).optional(),
    whenText: z.string(),
  }),
  z.object({ intent: z.literal("unsubscribe_reminders"), kinds: z.array(ReminderTopic).min(1).optional() }),
  z.object({ intent: z.literal("list_reminders") }),
  z.object({ intent: z.literal("confirm") }),
  z.object({ intent: z.literal("cancel") }),
  z.object({
    intent: z.literal("choose"),
    index: z.number().int().min(1).optional(),
    kind: BodyKind.optional(),
  }),
  z.object({
    intent: z.literal("add_staff"),
    name: z.string().optional(),
    role: StaffRole.optional(),
    identity: StaffIdentity.optional(),
  }),
  z.object({
    intent: z.literal("chart"),
    chart: z.enum(["progress", "map"]),
    kind: BodyKind.optional(),
    provinceCode: z.string().optional(),
    perProvince: z.boolean(),
  }),
  z.object({ intent: z.literal("unknown"), suggestions: z.array(IntentName).max(3) }),
]);
/** A recognised intent with its slots. */
export type Intent = z.infer<typeof Intent>;

/** The result of understanding one message. */
export type Understanding = {
  lang: "nl" | "en";
  intent: Intent;
  /** 0..1: how clearly the winning intent beat the others. */
  confidence: number;
  normalizedText: string;
};
