import { describe, expect, it } from "vitest";
import { Body } from "./body.ts";
import {
  allBodies,
  bodiesInProvince,
  bodyAliases,
  findBodyByCode,
  municipalities,
  provinces,
} from "./reference-data.ts";

describe("reference data", () => {
  it("has all 342 municipalities and 12 provinces", () => {
    expect(municipalities).toHaveLength(342);
    expect(provinces).toHaveLength(12);
    expect(allBodies).toHaveLength(354);
    expect(new Set(allBodies.map((b) => b.code)).size).toBe(354);
  });

  it("validates every body against the schema", () => {
    for (const body of allBodies) expect(Body.safeParse(body).success).toBe(true);
  });

  it("counts the municipalities of each province as CBS does", () => {
    const counts = Object.fromEntries(
      provinces.map((p) => [
        p.name,
        bodiesInProvince(p.code).filter((b) => b.kind === "municipality").length,
      ]),
    );
    expect(counts).toEqual({
      Groningen: 10,
      Fryslân: 18,
      Drenthe: 12,
      Overijssel: 25,
      Flevoland: 6,
      Gelderland: 51,
      Utrecht: 26,
      "Noord-Holland": 44,
      "Zuid-Holland": 50,
      Zeeland: 13,
      "Noord-Brabant": 56,
      Limburg: 31,
    });
  });

  it("finds Leudal in Limburg by its CBS code", () => {
    expect(findBodyByCode("gm1640")).toMatchObject({
      name: "Leudal",
      kind: "municipality",
      provinceName: "Limburg",
    });
    expect(findBodyByCode("PV31")).toMatchObject({
      name: "Limburg",
      kind: "province",
      capital: "Maastricht",
    });
    expect(findBodyByCode("GM9999")).toBeUndefined();
  });

  it("has 39 aliases, each naming a known body", () => {
    expect(bodyAliases).toHaveLength(39);
    for (const { code } of bodyAliases) expect(findBodyByCode(code)).toBeDefined();
  });

  it("has each province's capital among its own municipalities", () => {
    for (const p of provinces) {
      const capital = municipalities.find((m) => m.name === p.capital);
      expect(capital?.provinceCode).toBe(p.code);
    }
  });
});
