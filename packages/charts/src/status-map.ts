import { findBodyByCode, type Language, municipalities, type SurveyStatus, statusOf } from "@weerbaar/domain";
import type { TopLevelSpec } from "vega-lite";
import { type LonLat, municipalityShapes, provinceBorders } from "./boundaries.ts";
import { ChartInput, type ChartPicture } from "./chart-input.ts";
import { CHART_PADDING, chartConfig } from "./chart-style.ts";
import { fitMercator } from "./projection.ts";
import { STATUS_COLORS, StatusCategory, statusCategoryLabel, statusCategoryOf } from "./status-category.ts";
import { mapSummary } from "./summary-text.ts";
import { countSurvey } from "./survey-counts.ts";
import { PNG_WIDTH, svgToPng } from "./svg-to-png.ts";
import { renderSvg } from "./vega-svg.ts";

const MAP_WIDTH = 520;
const MAP_HEIGHT = 620;

const t = (lang: Language, nl: string, en: string) => (lang === "nl" ? nl : en);
const provinceOf = new Map(municipalities.map((m) => [m.code, m]));

/** A map together with where a point of the Netherlands lands in its PNG, in pixels. */
export type DrawnStatusMap = ChartPicture & { pixelOf(point: LonLat): [number, number] };

/** Draws the map and keeps its projection, so tests can check the colour at a municipality's location. */
export async function drawStatusMap(input: ChartInput): Promise<DrawnStatusMap> {
  ChartInput.parse(input);
  const { lang, provinceCode } = input;
  const province = provinceCode ? findBodyByCode(provinceCode) : undefined;
  const counts = countSurvey(input.statuses, { provinceCode });
  const byCode = new Map<string, SurveyStatus>(input.statuses.map((s) => [s.bodyCode, s]));
  const shapes = municipalityShapes().filter(
    (s) => !provinceCode || provinceOf.get(s.code)?.provinceCode === provinceCode,
  );
  const projection = fitMercator(
    shapes.map((s) => s.geometry),
    MAP_WIDTH,
    MAP_HEIGHT,
  );
  const legendLabel = (c: StatusCategory) =>
    `${statusCategoryLabel(c, lang)}: ${counts.municipalities.byCategory[c]}`;
  const features = shapes.map((shape) => {
    const municipality = provinceOf.get(shape.code);
    const category = municipality ? statusCategoryOf(statusOf(municipality, byCode)) : "unknown";
    return {
      type: "Feature",
      geometry: shape.geometry,
      properties: {
        status: legendLabel(category),
        // Read out by screen readers (the SVG's aria-label) and by tests: "Leudal (GM1640): slapend".
        description: `${municipality?.name ?? shape.code} (${shape.code}): ${statusCategoryLabel(category, lang)}`,
      },
    };
  });
  const borders = { type: "Feature", geometry: provinceBorders(provinceCode), properties: {} };
  const spec: TopLevelSpec = {
    background: "#ffffff",
    padding: CHART_PADDING,
    config: chartConfig,
    title: {
      text: province
        ? t(lang, `Protocollen in ${province.name}`, `Protocols in ${province.name}`)
        : t(lang, "Protocollen per gemeente", "Protocols per municipality"),
      subtitle: t(
        lang,
        `Stand van de uitvraag, ${counts.municipalities.total} gemeenten`,
        `Survey status, ${counts.municipalities.total} municipalities`,
      ),
    },
    width: MAP_WIDTH,
    height: MAP_HEIGHT,
    projection: { type: "mercator", scale: projection.scale, translate: projection.translate },
    layer: [
      {
        data: { values: features },
        mark: { type: "geoshape", stroke: "#ffffff", strokeWidth: 0.4, opacity: 1 },
        encoding: {
          description: { field: "properties.description", type: "nominal" },
          color: {
            field: "properties.status",
            type: "nominal",
            scale: {
              domain: StatusCategory.options.map(legendLabel),
              range: StatusCategory.options.map((c) => STATUS_COLORS[c]),
            },
            title: t(lang, "Stand van het protocol", "Protocol status"),
            legend: { orient: "right" },
          },
        },
      },
      {
        data: { values: [borders] },
        mark: { type: "geoshape", filled: false, stroke: "#333333", strokeWidth: 1 },
      },
    ],
  };
  const rendered = await renderSvg(spec);
  const scale = PNG_WIDTH / rendered.width;
  return {
    png: svgToPng(rendered.svg),
    svg: rendered.svg,
    summary: mapSummary(counts, lang, province?.name),
    counts,
    pixelOf(point) {
      const [x, y] = projection.project(point);
      return [(rendered.origin[0] + x) * scale, (rendered.origin[1] + y) * scale];
    },
  };
}

/**
 * A choropleth map of the municipalities coloured by protocol status, province borders drawn, legend in the
 * reply's language; with `provinceCode` only that province's municipalities, zoomed in.
 */
export async function renderStatusMap(input: ChartInput): Promise<ChartPicture> {
  const { png, svg, summary, counts } = await drawStatusMap(input);
  return { png, svg, summary, counts };
}
