import {
  allBodies,
  currentSurveyStatus,
  type SurveyAnswer,
  type SurveyEvent,
  type SurveyStatus,
} from "@weerbaar/domain";

const recordedAt = new Date("2023-10-20T10:00:00Z");

/**
 * The current statuses of all 354 bodies after recording the given answers as survey events (what the store
 * derives); every other body stays unknown.
 */
export function surveyScenario(answers: Record<string, Partial<SurveyAnswer>> = {}): SurveyStatus[] {
  const events: SurveyEvent[] = Object.entries(answers).map(([bodyCode, answer]) => ({
    bodyCode,
    protocol: "unknown",
    usage: "unknown",
    codeOfConduct: "unknown",
    ...answer,
    recordedAt,
    recordedBy: "anna",
  }));
  return allBodies.map((b) => currentSurveyStatus(b.code, events));
}

/** A mixed, deterministic survey over every body: many colour changes between neighbours, the map's worst case. */
export function scatteredSurvey(): SurveyStatus[] {
  const answers: SurveyAnswer[] = [
    { protocol: "present", usage: "active", codeOfConduct: "yes" },
    { protocol: "present", usage: "dormant", codeOfConduct: "no" },
    { protocol: "present", usage: "unknown", codeOfConduct: "unknown" },
    { protocol: "in_preparation", usage: "unknown", codeOfConduct: "unknown" },
    { protocol: "none", usage: "unknown", codeOfConduct: "no" },
    { protocol: "unknown", usage: "unknown", codeOfConduct: "unknown" },
  ];
  return surveyScenario(
    Object.fromEntries(allBodies.map((b, i) => [b.code, answers[(i * 7) % answers.length] ?? {}])),
  );
}
