import type {
  CodeOfConductStatus,
  ProtocolStatus,
  ProtocolUsage,
  SurveyAnswer,
  SurveyStatus,
} from "./survey-status.ts";

/** One field a survey update would change, with old and new value, so the assistant can ask to confirm. */
export type SurveyFieldChange =
  | { field: "protocol"; from: ProtocolStatus; to: ProtocolStatus }
  | { field: "usage"; from: ProtocolUsage; to: ProtocolUsage }
  | { field: "codeOfConduct"; from: CodeOfConductStatus; to: CodeOfConductStatus }
  | { field: "note"; from: string | undefined; to: string | undefined }
  | { field: "source"; from: string | undefined; to: string | undefined };

/** The fields that differ between the current status and a new answer, in form order; empty when nothing changes. */
export function describeChange(before: SurveyStatus, after: SurveyAnswer): SurveyFieldChange[] {
  const changes: SurveyFieldChange[] = [];
  if (before.protocol !== after.protocol)
    changes.push({ field: "protocol", from: before.protocol, to: after.protocol });
  if (before.usage !== after.usage) changes.push({ field: "usage", from: before.usage, to: after.usage });
  if (before.codeOfConduct !== after.codeOfConduct) {
    changes.push({ field: "codeOfConduct", from: before.codeOfConduct, to: after.codeOfConduct });
  }
  if ((before.note ?? "") !== (after.note ?? ""))
    changes.push({ field: "note", from: before.note, to: after.note });
  if ((before.source ?? "") !== (after.source ?? "")) {
    changes.push({ field: "source", from: before.source, to: after.source });
  }
  return changes;
}
