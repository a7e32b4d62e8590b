import { beforeAll, describe, expect, it } from "vitest";
import { renderProgressChart } from "./progress-chart.ts";
import { STATUS_COLORS, StatusCategory, statusCategoryLabel } from "./status-category.ts";
import { scatteredSurvey, surveyScenario } from "./test-support/survey-scenario.ts";
import { barPaths } from "./test-support/svg-reading.ts";

type Picture = Awaited<ReturnType<typeof renderProgressChart>>;
const categoryNamed = (label: string) =>
  StatusCategory.options.find((c) => statusCategoryLabel(c, "nl") === label);

/** Each drawn segment of the per-province chart as province, category, width and fill. */
function provinceSegments(picture: Picture) {
  return barPaths(picture.svg, "concat_0_marks").map((bar) => {
    const province = /Provincie: ([^;]+)/.exec(bar.label)?.[1];
    const category = categoryNamed(/Stand van het protocol: ([^;]+)/.exec(bar.label)?.[1] ?? "");
    return { ...bar, province, category };
  });
}

describe("the progress chart: one stacked bar per province", () => {
  let picture: Picture;
  beforeAll(async () => {
    picture = await renderProgressChart({ statuses: scatteredSurvey(), lang: "nl" });
  });

  it("draws every category of every province, in the category's colour", () => {
    const segments = provinceSegments(picture);
    expect(segments).toHaveLength(12 * 6);
    for (const s of segments) {
      expect(s.category).toBeDefined();
      if (s.category) expect(s.fill).toBe(STATUS_COLORS[s.category]);
    }
  });

  it("draws segments as long as the counts say, summing to each province's municipalities", () => {
    const segments = provinceSegments(picture);
    const unitWidth = segments.reduce((sum, s) => sum + s.width, 0) / picture.counts.municipalities.total;
    for (const row of picture.counts.byProvince) {
      const drawn = segments.filter((s) => s.province === row.provinceName);
      const drawnCounts = Object.fromEntries(drawn.map((s) => [s.category, Math.round(s.width / unitWidth)]));
      expect(drawnCounts).toEqual(row.byCategory);
      for (const s of drawn)
        expect(s.width / unitWidth).toBeCloseTo(s.category ? row.byCategory[s.category] : -1, 6);
      expect(drawn.reduce((sum, s) => sum + s.width, 0) / unitWidth).toBeCloseTo(row.total, 6);
    }
  });

  it("counts 342 municipalities over 12 provinces, matching their sizes", () => {
    const { counts } = picture;
    expect(counts.municipalities.total).toBe(342);
    expect(counts.provinces.total).toBe(12);
    expect(Object.fromEntries(counts.byProvince.map((p) => [p.provinceName, p.total]))).toMatchObject({
      Limburg: 31,
      "Noord-Brabant": 56,
      Flevoland: 6,
    });
    const sum = (xs: number[]) => xs.reduce((a, b) => a + b, 0);
    for (const c of StatusCategory.options) {
      expect(sum(counts.byProvince.map((p) => p.byCategory[c]))).toBe(counts.municipalities.byCategory[c]);
    }
  });

  it("shows the totals of municipalities and provinces as shares in a second chart", () => {
    const totals = barPaths(picture.svg, "concat_1_marks");
    expect(totals).toHaveLength(2 * 6);
    const rowWidth = (row: string) =>
      totals.filter((t) => t.label.includes(row)).reduce((sum, t) => sum + t.width, 0);
    expect(rowWidth("Gemeenten (342)")).toBeCloseTo(rowWidth("Provincies (12)"), 6);
  });

  it("draws one province's bar when asked for one province", async () => {
    const statuses = surveyScenario({ GM1640: { protocol: "present", usage: "dormant" } });
    const limburg = await renderProgressChart({ statuses, lang: "nl", provinceCode: "PV31" });
    const provinces = new Set(provinceSegments(limburg).map((s) => s.province));
    expect([...provinces]).toEqual(["Limburg"]);
    expect(limburg.counts.municipalities.byCategory).toMatchObject({ dormant: 1, unknown: 30 });
  });
});
