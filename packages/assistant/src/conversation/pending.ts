import {
  CalendarDay,
  CodeOfConductStatus,
  ContactRole,
  ProtocolStatus,
  ProtocolUsage,
  StaffRole,
  SupportKind,
  SurveyAnswer,
} from "@weerbaar/domain";
import { z } from "zod";
import { Intent, Reading } from "../understanding/index.ts";
import { MeetingStep } from "../use-cases/meetings/pending-meeting.ts";

const RecordOutreachWrite = z.object({
  type: z.literal("record_outreach"),
  bodyCodes: z.array(z.string()).min(1),
  event: z.enum(["letter_sent", "called", "meeting_held", "support_offered", "support_declined"]),
  support: z.array(SupportKind).optional(),
  reached: z.boolean().optional(),
  note: z.string().optional(),
});

const AddContactWrite = z.object({
  type: z.literal("add_contact"),
  bodyCode: z.string(),
  name: z.string(),
  role: ContactRole,
  email: z.string().optional(),
  phone: z.string().optional(),
});

const AddFollowUpWrite = z.object({
  type: z.literal("add_follow_up"),
  /** One task per body, each due on the day. */
  bodyCodes: z.array(z.string()).min(1),
  dueOn: CalendarDay,
  note: z.string().optional(),
});

/** A write that waits for the user's "ja". Instants are ISO strings: the state is stored as JSON. */
export const PendingWrite = z.discriminatedUnion("type", [
  z.object({
    type: z.literal("update_survey"),
    /** One answer per body, written together. */
    changes: z.array(z.object({ bodyCode: z.string(), answer: SurveyAnswer })).min(1),
  }),
  RecordOutreachWrite,
  AddContactWrite,
  AddFollowUpWrite,
  z.object({
    type: z.literal("add_staff"),
    name: z.string(),
    role: StaffRole,
    identity: z.object({ platform: z.enum(["teams", "matrix"]), id: z.string() }),
  }),
  z.object({ type: z.literal("set_staff_role"), staffId: z.string(), name: z.string(), role: StaffRole }),
]);
/** A write waiting for confirmation. */
export type PendingWrite = z.infer<typeof PendingWrite>;

/**
 * What a call note tells of a body's survey: only the fields the sentence told, applied to the status as it is
 * when the user confirms, so two sentences of one note about one body build on each other.
 */
const SurveyToldWrite = z.object({
  type: z.literal("survey_told"),
  bodyCodes: z.array(z.string()).min(1),
  protocol: ProtocolStatus.optional(),
  usage: ProtocolUsage.optional(),
  codeOfConduct: CodeOfConductStatus.optional(),
  note: z.string(),
});

/** What one fact of a call note writes. */
export const NoteWrite = z.discriminatedUnion("type", [
  SurveyToldWrite,
  RecordOutreachWrite,
  AddContactWrite,
  AddFollowUpWrite,
]);
/** One fact's write. */
export type NoteWrite = z.infer<typeof NoteWrite>;

/** A fact of a call note as proposed: its write, the sentence it came from and its label, numbered by position. */
export const ProposedFact = z.object({ sentence: z.string(), label: z.string(), write: NoteWrite });
/** A proposed fact. */
export type ProposedFact = z.infer<typeof ProposedFact>;

/** What the conversation waits for; kept in the store per conversation, expires after a while. */
export const PendingDialog = z.discriminatedUnion("type", [
  z.object({ type: z.literal("confirm"), write: PendingWrite }),
  z.object({ type: z.literal("choose_body"), candidates: z.array(z.string()).min(2), resume: Intent }),
  z.object({ type: z.literal("ask_body"), resume: Intent }),
  z.object({ type: z.literal("ask_slot"), slot: z.enum(["contact_name", "contact_role"]), resume: Intent }),
  z.object({ type: z.literal("page"), resume: Intent, page: z.number().int().min(1) }),
  z.object({ type: z.literal("meeting"), step: MeetingStep }),
  z.object({ type: z.literal("choose_reading"), readings: z.array(Reading).min(2) }),
  /** The facts of a call note: all, some ("alleen 1 en 3") or none are written, in one transaction. */
  z.object({ type: z.literal("call_note"), facts: z.array(ProposedFact).min(1) }),
]);
/** The open question of a conversation. */
export type PendingDialog = z.infer<typeof PendingDialog>;

/** How long an open question stays open. */
export const DIALOG_TTL_MS = 30 * 60 * 1000;
