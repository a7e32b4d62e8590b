import { z } from "zod";
import { BodyCode } from "../bodies/body.ts";

/** Does the body have an aggression protocol or step plan (stappenplan)? */
export const ProtocolStatus = z.enum(["unknown", "none", "in_preparation", "present"]);
/** unknown, none, in_preparation (in de maak), present. */
export type ProtocolStatus = z.infer<typeof ProtocolStatus>;

/** Is a present protocol actively used, or dormant ("ligt op de plank")? */
export const ProtocolUsage = z.enum(["unknown", "active", "dormant"]);
/** unknown, active, dormant; meaningful only when the protocol is present. */
export type ProtocolUsage = z.infer<typeof ProtocolUsage>;

/** Does the body have a code of conduct (gedragscode)? */
export const CodeOfConductStatus = z.enum(["unknown", "yes", "no"]);
/** unknown, yes, no. */
export type CodeOfConductStatus = z.infer<typeof CodeOfConductStatus>;

/** What the survey (uitvraag) knows of one body at one moment. */
export const SurveyAnswer = z
  .object({
    protocol: ProtocolStatus,
    usage: ProtocolUsage,
    codeOfConduct: CodeOfConductStatus,
    note: z.string().max(4000).optional(),
    source: z.string().max(200).optional(),
  })
  .refine((a) => a.protocol === "present" || a.usage === "unknown", {
    message: "usage (active/dormant) only applies when a protocol is present",
    path: ["usage"],
  });
/** The survey fields of a body. */
export type SurveyAnswer = z.infer<typeof SurveyAnswer>;

/** A recorded change of a body's survey status: an event, never overwritten. */
export const SurveyEvent = z.object({
  bodyCode: BodyCode,
  protocol: ProtocolStatus,
  usage: ProtocolUsage,
  codeOfConduct: CodeOfConductStatus,
  note: z.string().max(4000).optional(),
  source: z.string().max(200).optional(),
  recordedAt: z.date(),
  recordedBy: z.string().min(1),
});
/** One survey observation with its author and instant. */
export type SurveyEvent = z.infer<typeof SurveyEvent>;

/** The current survey status of a body, derived from its events. */
export type SurveyStatus = {
  bodyCode: string;
  protocol: ProtocolStatus;
  usage: ProtocolUsage;
  codeOfConduct: CodeOfConductStatus;
  note: string | undefined;
  source: string | undefined;
  updatedAt: Date | undefined;
  updatedBy: string | undefined;
};

/** The status of a body with no events yet. */
export function unknownSurveyStatus(bodyCode: string): SurveyStatus {
  return {
    bodyCode,
    protocol: "unknown",
    usage: "unknown",
    codeOfConduct: "unknown",
    note: undefined,
    source: undefined,
    updatedAt: undefined,
    updatedBy: undefined,
  };
}

/**
 * Derives the current status from a body's history in commit order (as the store lists it): the last event wins.
 * Not the latest `recordedAt`: that is the author's clock, which on another replica or with `--now` can be behind.
 */
export function currentSurveyStatus(bodyCode: string, events: readonly SurveyEvent[]): SurveyStatus {
  let latest: SurveyEvent | undefined;
  for (const event of events) if (event.bodyCode === bodyCode) latest = event;
  if (!latest) return unknownSurveyStatus(bodyCode);
  return {
    bodyCode,
    protocol: latest.protocol,
    usage: latest.usage,
    codeOfConduct: latest.codeOfConduct,
    note: latest.note,
    source: latest.source,
    updatedAt: latest.recordedAt,
    updatedBy: latest.recordedBy,
  };
}

/** A protocol that exists but "ligt op de plank": present and not used. */
export function isDormant(status: Pick<SurveyStatus, "protocol" | "usage">): boolean {
  return status.protocol === "present" && status.usage === "dormant";
}
