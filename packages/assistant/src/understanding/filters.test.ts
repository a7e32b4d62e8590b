import { describe, expect, it } from "vitest";
import { intentOf } from "./test-support.ts";

describe("list filters", () => {
  it("reads 'welke gemeenten hebben geen protocol' as municipalities with protocol none", () => {
    expect(intentOf("welke gemeenten hebben geen protocol", "list_bodies").filter).toEqual({
      kind: "municipality",
      protocol: ["none"],
    });
  });

  it("uses a province name as the province filter, not as a body", () => {
    const { filter } = intentOf("gemeenten in Limburg zonder stappenplan", "list_bodies");
    expect(filter).toMatchObject({ provinceCode: "PV31", protocol: ["none"] });
  });

  it("takes a homonym after 'gemeenten in' as the province (Groningen, Utrecht)", () => {
    expect(
      intentOf("welke gemeenten in Utrecht hebben geen protocol", "list_bodies").filter.provinceCode,
    ).toBe("PV26");
    expect(
      intentOf("which municipalities in Groningen have no protocol", "list_bodies").filter.provinceCode,
    ).toBe("PV20");
  });

  it("reads English usage filters", () => {
    expect(intentOf("which provinces have a dormant protocol", "list_bodies").filter).toMatchObject({
      kind: "province",
      usage: ["dormant"],
    });
  });

  it("reads 'nog onbekend' as an unknown status", () => {
    expect(intentOf("welke gemeenten zijn nog onbekend", "list_bodies").filter.protocol).toEqual(["unknown"]);
  });

  it("combines a protocol and a code-of-conduct filter", () => {
    expect(
      intentOf("which municipalities have a protocol but no code of conduct", "list_bodies").filter,
    ).toMatchObject({
      protocol: ["present"],
      codeOfConduct: ["no"],
    });
  });

  it("marks a count question as countOnly", () => {
    expect(intentOf("hoeveel gemeenten hebben geen protocol?", "list_bodies").countOnly).toBe(true);
    expect(intentOf("welke gemeenten hebben geen protocol?", "list_bodies").countOnly).toBe(false);
  });
});

describe("survey summary", () => {
  it("reads a percentage question as a summary", () => {
    expect(intentOf("hoeveel procent heeft een agressieprotocol", "survey_summary")).toMatchObject({
      perProvince: false,
      topic: "protocol",
    });
  });

  it("reads 'per provincie'", () => {
    expect(intentOf("geef een overzicht per provincie", "survey_summary").perProvince).toBe(true);
  });

  it("takes a province as the summary's scope", () => {
    expect(intentOf("samenvatting van de uitvraag voor Gelderland", "survey_summary").provinceCode).toBe(
      "PV25",
    );
  });
});

describe("charts and maps", () => {
  it("reads 'laat de voortgang per provincie zien' as a progress chart per province", () => {
    expect(intentOf("laat de voortgang per provincie zien", "chart")).toMatchObject({
      chart: "progress",
      perProvince: true,
    });
  });

  it("reads 'kaart van Limburg' as a map of the province", () => {
    expect(intentOf("kaart van Limburg", "chart")).toMatchObject({ chart: "map", provinceCode: "PV31" });
  });
});
