import type { BodyKind } from "@weerbaar/domain";
import type { Analysis } from "../analysis.ts";
import { usageWordCue } from "../cues.ts";
import { optional } from "../define-intent.ts";
import { provinceWords } from "../vocabulary/provinces.ts";
import { provinceFilter } from "./bodies.ts";
import type { BodyFilter, SurveyTopic } from "./schemas.ts";

/** The kind of body a list is about: "gemeenten" or "provincies". */
export function bodyKindFilter(keywords: string): BodyKind | undefined {
  if (/\b(?:gemeente[ns]?|municipalit(?:y|ies)|councils)\b/.test(keywords)) return "municipality";
  if (/\b(?:provincies|provinces)\b/.test(keywords)) return "province";
  return undefined;
}

/**
 * The province a list is limited to: a province named ("in Limburg"), else an adjective, demonym or short form
 * ("Brabantse gemeenten", "de Friezen", "Brabant").
 */
export function provinceSlot(a: Analysis): string | undefined {
  return provinceFilter(a.mentions) ?? provinceWords.earliest(a.keywords);
}

/** The survey filter of a list question ("welke gemeenten in Limburg hebben geen protocol"). */
export function listFilter(a: Analysis): BodyFilter {
  const { survey } = a;
  const impliedPresent =
    survey.usage !== undefined && survey.protocol === "present" && !survey.protocolAffirmed;
  const protocol = impliedPresent ? undefined : survey.protocol;
  const unknownOnly = protocol === undefined && /\b(?:onbekend|unknown)\b/.test(a.keywords);
  return {
    ...optional("kind", bodyKindFilter(a.keywords)),
    ...optional("provinceCode", provinceSlot(a)),
    ...optional("protocol", protocol ? [protocol] : unknownOnly ? ["unknown" as const] : undefined),
    ...optional("usage", survey.usage ? [survey.usage] : undefined),
    ...optional("codeOfConduct", survey.codeOfConduct ? [survey.codeOfConduct] : undefined),
  };
}

/** What a survey question is about: the code of conduct, the protocol's use, or the protocol. */
export function surveyTopicOf(a: Analysis): SurveyTopic | undefined {
  if (a.survey.codeOfConductMentioned) return "code_of_conduct";
  if (a.evidence.cues.has(usageWordCue)) return "usage";
  if (a.survey.protocolMentioned) return "protocol";
  return undefined;
}
