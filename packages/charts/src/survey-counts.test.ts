import { describe, expect, it } from "vitest";
import { countSurvey } from "./survey-counts.ts";
import { surveyScenario } from "./test-support/survey-scenario.ts";

describe("countSurvey", () => {
  const statuses = surveyScenario({
    GM1640: { protocol: "present", usage: "dormant" }, // Leudal
    GM0983: { protocol: "none" }, // Venlo
    GM0935: { protocol: "present", usage: "active" }, // Maastricht
    PV31: { protocol: "in_preparation" }, // Limburg itself
    GM0363: { protocol: "present" }, // Amsterdam
  });

  it("counts 342 municipalities and 12 provinces apart", () => {
    const counts = countSurvey(statuses);
    expect(counts.municipalities).toEqual({
      total: 342,
      byCategory: {
        active: 1,
        dormant: 1,
        present_usage_unknown: 1,
        in_preparation: 0,
        none: 1,
        unknown: 338,
      },
    });
    expect(counts.provinces.byCategory).toMatchObject({ in_preparation: 1, unknown: 11 });
    expect(counts.byProvince.map((p) => p.provinceName)).toEqual([
      "Drenthe",
      "Flevoland",
      "Fryslân",
      "Gelderland",
      "Groningen",
      "Limburg",
      "Noord-Brabant",
      "Noord-Holland",
      "Overijssel",
      "Utrecht",
      "Zeeland",
      "Zuid-Holland",
    ]);
  });

  it("scopes to one province", () => {
    const counts = countSurvey(statuses, { provinceCode: "PV31" });
    expect(counts.municipalities.byCategory).toEqual({
      active: 1,
      dormant: 1,
      present_usage_unknown: 0,
      in_preparation: 0,
      none: 1,
      unknown: 28,
    });
    expect(counts.provinces).toMatchObject({ total: 1, byCategory: { in_preparation: 1 } });
    expect(counts.byProvince).toHaveLength(1);
  });

  it("counts a body missing from the statuses as unknown", () => {
    const counts = countSurvey(
      statuses.filter((s) => s.bodyCode !== "GM1640"),
      { provinceCode: "PV31" },
    );
    expect(counts.municipalities.total).toBe(31);
    expect(counts.municipalities.byCategory).toMatchObject({ dormant: 0, unknown: 29 });
  });
});
