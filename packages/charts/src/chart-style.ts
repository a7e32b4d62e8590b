import type { Config } from "vega-lite";
import { FONT_FAMILY } from "./fonts.ts";

/** Around every picture, in SVG units. */
export const CHART_PADDING = 16;

/** The look shared by all pictures: the bundled font everywhere, no frame around views. */
export const chartConfig: Config = {
  font: FONT_FAMILY,
  view: { stroke: null },
  title: { fontSize: 18, subtitleFontSize: 13, anchor: "start", offset: 12 },
  axis: { labelFontSize: 12, titleFontSize: 12, titleFontWeight: "normal" },
  legend: {
    labelFontSize: 13,
    titleFontSize: 13,
    titleFontWeight: "bold",
    symbolType: "square",
    symbolSize: 180,
    labelLimit: 0,
    titleLimit: 0,
  },
};
