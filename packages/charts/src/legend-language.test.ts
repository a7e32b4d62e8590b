import { describe, expect, it } from "vitest";
import { renderProgressChart } from "./progress-chart.ts";
import { renderStatusMap } from "./status-map.ts";
import { surveyScenario } from "./test-support/survey-scenario.ts";
import { svgTexts } from "./test-support/svg-reading.ts";

const statuses = surveyScenario({ GM1640: { protocol: "present", usage: "dormant" } });

describe("legends and titles speak the reply's language", () => {
  it("labels the map in Dutch", async () => {
    const texts = svgTexts((await renderStatusMap({ statuses, lang: "nl" })).svg);
    expect(texts).toEqual(
      expect.arrayContaining([
        "Stand van het protocol",
        "actief: 0",
        "slapend: 1",
        "aanwezig (gebruik onbekend): 0",
        "in de maak: 0",
        "geen protocol: 0",
        "onbekend: 341",
        "Protocollen per gemeente",
      ]),
    );
    expect(texts.join(" ")).not.toMatch(/\b(dormant|unknown|protocol status)\b/i);
  });

  it("labels the map in English", async () => {
    const texts = svgTexts((await renderStatusMap({ statuses, lang: "en", provinceCode: "PV31" })).svg);
    expect(texts).toEqual(
      expect.arrayContaining([
        "Protocol status",
        "dormant: 1",
        "no protocol: 0",
        "unknown: 30",
        "Protocols in Limburg",
      ]),
    );
    expect(texts.join(" ")).not.toMatch(/\b(slapend|onbekend|gemeenten)\b/);
  });

  it.each([
    [
      "nl",
      ["Stand van het protocol", "actief", "slapend", "in de maak", "geen protocol", "onbekend", "Provincie"],
    ],
    ["en", ["Protocol status", "active", "dormant", "in preparation", "no protocol", "unknown", "Province"]],
  ] as const)("labels the progress chart in %s", async (lang, expected) => {
    const texts = svgTexts((await renderProgressChart({ statuses, lang })).svg);
    expect(texts).toEqual(expect.arrayContaining([...expected]));
  });
});
