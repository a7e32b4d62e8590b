import { findBodyByCode, type Language } from "@weerbaar/domain";
import type { TopLevelSpec } from "vega-lite";
import { ChartInput, type ChartPicture } from "./chart-input.ts";
import { CHART_PADDING, chartConfig } from "./chart-style.ts";
import { STATUS_COLORS, StatusCategory, statusCategoryLabel } from "./status-category.ts";
import { countsPhrase, progressSummary } from "./summary-text.ts";
import { countSurvey, type StatusCounts } from "./survey-counts.ts";
import { svgToPng } from "./svg-to-png.ts";
import { renderSvg } from "./vega-svg.ts";

const t = (lang: Language, nl: string, en: string) => (lang === "nl" ? nl : en);
const BAR_WIDTH = 640;

/** One bar segment: how many bodies of a row fall in a category. */
type Segment = { row: string; status: string; order: number; count: number };

function segments(row: string, counts: StatusCounts, lang: Language): Segment[] {
  return StatusCategory.options.map((c, order) => ({
    row,
    status: statusCategoryLabel(c, lang),
    order,
    count: counts.byCategory[c],
  }));
}

/**
 * A stacked bar chart of the municipalities per province by protocol status (all six categories, legend in
 * the reply's language), with a second small chart of the shares among all municipalities and all provinces;
 * with `provinceCode` only that province.
 */
export async function renderProgressChart(input: ChartInput): Promise<ChartPicture> {
  ChartInput.parse(input);
  const { lang, provinceCode } = input;
  const province = provinceCode ? findBodyByCode(provinceCode) : undefined;
  const counts = countSurvey(input.statuses, { provinceCode });
  const provinceRows = counts.byProvince.flatMap((p) => segments(p.provinceName, p, lang));
  const municipalitiesRow = `${t(lang, "Gemeenten", "Municipalities")} (${counts.municipalities.total})`;
  const provincesRow = `${t(lang, "Provincies", "Provinces")} (${counts.provinces.total})`;
  const totalRows = [
    ...segments(municipalitiesRow, counts.municipalities, lang),
    ...segments(provincesRow, counts.provinces, lang),
  ];
  const color = {
    field: "status",
    type: "nominal",
    scale: {
      domain: StatusCategory.options.map((c) => statusCategoryLabel(c, lang)),
      range: StatusCategory.options.map((c) => STATUS_COLORS[c]),
    },
    title: t(lang, "Stand van het protocol", "Protocol status"),
    legend: { orient: "bottom", columns: 3 },
  } as const;
  const order = { field: "order", type: "quantitative" } as const;
  const spec: TopLevelSpec = {
    background: "#ffffff",
    padding: CHART_PADDING,
    config: chartConfig,
    title: {
      text: province
        ? t(lang, `Voortgang van de uitvraag in ${province.name}`, `Survey progress in ${province.name}`)
        : t(lang, "Voortgang van de uitvraag per provincie", "Survey progress per province"),
      subtitle: [
        `${t(lang, "Gemeenten", "Municipalities")} (${counts.municipalities.total}): ${countsPhrase(counts.municipalities, lang)}`,
        `${t(lang, "Provincies", "Provinces")} (${counts.provinces.total}): ${countsPhrase(counts.provinces, lang)}`,
      ],
    },
    vconcat: [
      {
        width: BAR_WIDTH,
        height: { step: 26 },
        data: { values: provinceRows },
        mark: { type: "bar" },
        encoding: {
          y: {
            field: "row",
            type: "nominal",
            sort: counts.byProvince.map((p) => p.provinceName),
            title: t(lang, "Provincie", "Province"),
          },
          x: {
            field: "count",
            type: "quantitative",
            stack: "zero",
            title: t(lang, "Aantal gemeenten", "Number of municipalities"),
            axis: { tickMinStep: 1, format: "d" },
          },
          color,
          order,
        },
      },
      {
        width: BAR_WIDTH,
        height: { step: 26 },
        title: { text: t(lang, "Totaal", "Total"), fontSize: 14 },
        data: { values: totalRows },
        mark: { type: "bar" },
        encoding: {
          y: { field: "row", type: "nominal", sort: [municipalitiesRow, provincesRow], title: null },
          x: {
            field: "count",
            type: "quantitative",
            stack: "normalize",
            title: t(lang, "Aandeel", "Share"),
            axis: { format: "%" },
          },
          color,
          order,
        },
      },
    ],
    resolve: { scale: { color: "shared" } },
  };
  const rendered = await renderSvg(spec);
  return {
    png: svgToPng(rendered.svg),
    svg: rendered.svg,
    summary: progressSummary(counts, lang, province?.name),
    counts,
  };
}
