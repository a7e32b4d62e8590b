import { describe, expect, it } from "vitest";
import { allBodies, bodiesInProvince } from "../bodies/reference-data.ts";
import { compareDutchNames, dutchSortName } from "./body-order.ts";
import { filterBodies, SurveyFilter } from "./survey-filter.ts";
import { type SurveyAnswer, type SurveyStatus, unknownSurveyStatus } from "./survey-status.ts";

/** Builds a status map from a few answers; every other body stays unknown. */
function surveyScenario(answers: Record<string, Partial<SurveyAnswer>>): Map<string, SurveyStatus> {
  return new Map(
    Object.entries(answers).map(([code, answer]) => [code, { ...unknownSurveyStatus(code), ...answer }]),
  );
}

const limburg = "PV31";

describe("filterBodies", () => {
  const statuses = surveyScenario({
    GM1640: { protocol: "present", usage: "dormant", codeOfConduct: "yes" }, // Leudal
    GM0935: { protocol: "none", codeOfConduct: "no" }, // Maastricht
    GM0983: { protocol: "in_preparation" }, // Venlo
    GM0917: { protocol: "present", usage: "active" }, // Heerlen
    GM0796: { protocol: "none" }, // 's-Hertogenbosch
  });

  it("finds Limburg municipalities without a protocol", () => {
    const rows = filterBodies(allBodies, statuses, {
      kind: "municipality",
      provinceCode: limburg,
      protocol: ["none"],
    });
    expect(rows.map((r) => r.body.name)).toEqual(["Maastricht"]);
  });

  it("treats bodies without a status as unknown", () => {
    const rows = filterBodies(allBodies, statuses, { provinceCode: limburg, protocol: ["unknown"] });
    expect(rows).toHaveLength(32 - 4);
    expect(rows[0]?.body.name).toBe("Limburg");
    expect(rows.every((r) => r.status.protocol === "unknown" && r.status.updatedAt === undefined)).toBe(true);
  });

  it("matches usage only where a protocol is present", () => {
    expect(filterBodies(allBodies, statuses, { usage: ["dormant"] }).map((r) => r.body.name)).toEqual([
      "Leudal",
    ]);
    const unknownUse = filterBodies(allBodies, statuses, { usage: ["unknown"] });
    expect(unknownUse).toEqual([]);
  });

  it("filters on the code of conduct and treats an empty list as any", () => {
    expect(
      filterBodies(allBodies, statuses, { codeOfConduct: ["yes", "no"] }).map((r) => r.body.code),
    ).toEqual(["GM1640", "GM0935"]);
    expect(filterBodies(allBodies, statuses, { protocol: [] })).toHaveLength(354);
  });

  it("sorts by province, the province first, then by Dutch name with 's-Hertogenbosch under H", () => {
    const rows = filterBodies(bodiesInProvince("PV30"), new Map(), {});
    const names = rows.map((r) => r.body.name);
    expect(names[0]).toBe("Noord-Brabant");
    expect(names.indexOf("'s-Hertogenbosch")).toBe(names.indexOf("Helmond") + 1);
    const all = filterBodies(allBodies, new Map(), { kind: "province" }).map((r) => r.body.name);
    expect(all).toEqual([
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

  it("puts the province Utrecht before the municipality Utrecht", () => {
    const rows = filterBodies(allBodies, new Map(), { provinceCode: "PV26" });
    expect(rows.slice(0, 1).map((r) => r.body.kind)).toEqual(["province"]);
    expect(rows.filter((r) => r.body.name === "Utrecht").map((r) => r.body.kind)).toEqual([
      "province",
      "municipality",
    ]);
  });
});

describe("SurveyFilter", () => {
  it("rejects an invalid province code and an unknown status", () => {
    expect(SurveyFilter.safeParse({ provinceCode: "Limburg" }).success).toBe(false);
    expect(SurveyFilter.safeParse({ protocol: ["maybe"] }).success).toBe(false);
    expect(SurveyFilter.parse({ provinceCode: "PV31", protocol: ["none"] })).toEqual({
      provinceCode: "PV31",
      protocol: ["none"],
    });
  });
});

describe("Dutch name order", () => {
  it("ignores a leading 's-", () => {
    expect(dutchSortName("'s-Gravenhage")).toBe("Gravenhage");
    expect(compareDutchNames("'s-Hertogenbosch", "Heusden")).toBeLessThan(0);
    expect(compareDutchNames("'s-Hertogenbosch", "Helmond")).toBeGreaterThan(0);
  });
});
