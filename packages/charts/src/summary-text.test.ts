import { describe, expect, it } from "vitest";
import { renderProgressChart } from "./progress-chart.ts";
import { renderStatusMap } from "./status-map.ts";
import { surveyScenario } from "./test-support/survey-scenario.ts";

const statuses = surveyScenario({
  GM1640: { protocol: "present", usage: "dormant" }, // Leudal
  GM0983: { protocol: "none" }, // Venlo
  GM0935: { protocol: "present", usage: "active" }, // Maastricht
  GM0917: { protocol: "present", usage: "active" }, // Heerlen
  GM0988: { protocol: "in_preparation" }, // Weert
  GM0363: { protocol: "present" }, // Amsterdam
});

describe("each picture comes with a text summary of its counts (the alt text)", () => {
  it("summarises the Limburg map in Dutch", async () => {
    const { summary, counts } = await renderStatusMap({ statuses, lang: "nl", provinceCode: "PV31" });
    expect(summary).toBe(
      "Kaart van Limburg. Limburg (31 gemeenten): 2 actief, 1 slapend, 0 aanwezig (gebruik onbekend), " +
        "1 in de maak, 1 geen protocol, 26 onbekend. De provincie zelf: onbekend.",
    );
    expect(counts.municipalities.byCategory).toMatchObject({ active: 2, dormant: 1, none: 1, unknown: 26 });
  });

  it("summarises the national map in English", async () => {
    const { summary } = await renderStatusMap({ statuses, lang: "en" });
    expect(summary).toBe(
      "Map of the Netherlands. The Netherlands (342 municipalities): 2 active, 1 dormant, 1 present (use unknown), " +
        "1 in preparation, 1 no protocol, 336 unknown. Provinces (12): 0 active, 0 dormant, 0 present (use unknown), " +
        "0 in preparation, 0 no protocol, 12 unknown.",
    );
  });

  it("summarises the progress chart with totals and every province", async () => {
    const { summary, counts } = await renderProgressChart({ statuses, lang: "nl" });
    expect(summary).toMatch(
      /^Voortgang van de uitvraag\. Gemeenten \(342\): 2 actief, 1 slapend, 1 aanwezig/,
    );
    expect(summary).toContain("Provincies (12): 0 actief,");
    expect(summary).toContain(
      "Limburg (31 gemeenten): 2 actief, 1 slapend, 0 aanwezig (gebruik onbekend), 1 in de maak, 1 geen protocol, 26 onbekend;",
    );
    for (const row of counts.byProvince)
      expect(summary).toContain(`${row.provinceName} (${row.total} gemeenten)`);
  });
});
