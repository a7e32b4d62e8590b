import {
  type CodeOfConductStatus,
  codeOfConductLabel,
  describeChange,
  type ProtocolStatus,
  type ProtocolUsage,
  protocolStatusLabel,
  protocolUsageLabel,
  type SurveyAnswer,
  type SurveyStatus,
} from "@weerbaar/domain";
import type { Lang } from "@weerbaar/reply";
import { match } from "ts-pattern";
import { t } from "../messages/labels.ts";

type Told = Partial<{ protocol: ProtocolStatus; usage: ProtocolUsage; codeOfConduct: CodeOfConductStatus }>;

/** The new answer: the current status with the told fields applied (a usage implies a present protocol). */
export function applySurveyChange(
  current: SurveyStatus,
  told: Told,
  note: string,
  source: string,
): SurveyAnswer {
  const protocol = told.protocol ?? (told.usage && told.usage !== "unknown" ? "present" : current.protocol);
  const keptUsage = current.protocol === "present" ? current.usage : "unknown";
  const usage = protocol === "present" ? (told.usage ?? keptUsage) : "unknown";
  return { protocol, usage, codeOfConduct: told.codeOfConduct ?? current.codeOfConduct, note, source };
}

/** Whether the answer changes a survey field (a new note alone is no change). */
export function changesSurvey(before: SurveyStatus, after: SurveyAnswer): boolean {
  return describeChange(before, after).some((c) => c.field !== "note" && c.field !== "source");
}

/** Lines such as "protocol: geen protocol → protocol aanwezig" for the survey fields that change. */
export function surveyChangeLines(before: SurveyStatus, after: SurveyAnswer, lang: Lang): string[] {
  const lines = describeChange(before, after).flatMap((change) =>
    match(change)
      .with({ field: "protocol" }, (c) => [
        `protocol: ${protocolStatusLabel(c.from, lang)} → ${protocolStatusLabel(c.to, lang)}`,
      ])
      .with({ field: "usage" }, (c) => [
        `${t(lang, "gebruik", "use")}: ${protocolUsageLabel(c.from, lang)} → ${protocolUsageLabel(c.to, lang)}`,
      ])
      .with({ field: "codeOfConduct" }, (c) => [
        `${t(lang, "gedragscode", "code of conduct")}: ${codeOfConductLabel(c.from, lang)} → ${codeOfConductLabel(c.to, lang)}`,
      ])
      .with({ field: "note" }, { field: "source" }, () => [])
      .exhaustive(),
  );
  return lines.length > 0 ? lines : [t(lang, "niets verandert", "nothing changes")];
}
