import { describe, expect, it } from "vitest";
import { allBodies } from "../bodies/reference-data.ts";
import { type SurveyAnswer, type SurveyStatus, unknownSurveyStatus } from "./survey-status.ts";
import { summarizeSurvey } from "./survey-summary.ts";

function surveyScenario(answers: Record<string, Partial<SurveyAnswer>>): Map<string, SurveyStatus> {
  return new Map(
    Object.entries(answers).map(([code, answer]) => [code, { ...unknownSurveyStatus(code), ...answer }]),
  );
}

const statuses = surveyScenario({
  GM1640: { protocol: "present", usage: "dormant", codeOfConduct: "yes" }, // Leudal, Limburg
  GM0917: { protocol: "present", usage: "active" }, // Heerlen, Limburg
  GM0935: { protocol: "none", codeOfConduct: "no" }, // Maastricht, Limburg
  PV31: { protocol: "present", usage: "unknown" }, // Limburg itself
  GM0344: { protocol: "none" }, // Utrecht
});

describe("summarizeSurvey", () => {
  it("counts all 354 bodies with shares that add up to 100", () => {
    const summary = summarizeSurvey(allBodies, statuses);
    expect(summary.total).toBe(354);
    expect(summary.protocol.present).toEqual({ count: 3, percentage: 0.8 });
    expect(summary.protocol.none).toEqual({ count: 2, percentage: 0.6 });
    expect(summary.protocol.unknown.count).toBe(349);
    const sum = Object.values(summary.protocol).reduce((a, s) => a + Math.round(s.percentage * 10), 0);
    expect(sum).toBe(1000);
  });

  it("gives usage shares of the bodies with a protocol present", () => {
    const { usageTotal, usage } = summarizeSurvey(allBodies, statuses);
    expect(usageTotal).toBe(3);
    expect(usage).toEqual({
      unknown: { count: 1, percentage: 33.4 },
      active: { count: 1, percentage: 33.3 },
      dormant: { count: 1, percentage: 33.3 },
    });
  });

  it("has a row for each of the 12 provinces in Dutch name order", () => {
    const { byProvince } = summarizeSurvey(allBodies, statuses);
    expect(byProvince).toHaveLength(12);
    expect(byProvince[0]?.provinceName).toBe("Drenthe");
    const limburg = byProvince.find((r) => r.provinceCode === "PV31");
    expect(limburg?.total).toBe(32);
    expect(limburg?.protocol.present).toEqual({ count: 3, percentage: 9.4 });
    expect(limburg?.codeOfConduct.no).toEqual({ count: 1, percentage: 3.1 });
    expect(byProvince.reduce((a, r) => a + r.total, 0)).toBe(354);
  });

  it("scopes to municipalities of one province, with just that province's row", () => {
    const summary = summarizeSurvey(allBodies, statuses, { kind: "municipality", provinceCode: "PV31" });
    expect(summary.total).toBe(31);
    expect(summary.protocol.present.count).toBe(2);
    expect(summary.usageTotal).toBe(2);
    expect(summary.byProvince.map((r) => r.provinceName)).toEqual(["Limburg"]);
  });

  it("gives zero percentages for an empty scope rather than NaN", () => {
    const summary = summarizeSurvey([], statuses);
    expect(summary.total).toBe(0);
    expect(summary.protocol.none).toEqual({ count: 0, percentage: 0 });
    expect(summary.byProvince.every((r) => r.total === 0)).toBe(true);
  });
});
