// The curated public API of @weerbaar/charts: pictures of the survey, rendered to PNG without a browser.

/** Input and output of both pictures: statuses, language, optional province; PNG, SVG, summary, counts. */
export { ChartInput, type ChartPicture } from "./chart-input.ts";
/** The stacked bar chart of the survey's progress per province. */
export { renderProgressChart } from "./progress-chart.ts";
/** The status categories, their colour-blind-safe colours and their names in Dutch and English. */
export {
  STATUS_COLORS,
  StatusCategory,
  statusCategoryLabel,
  statusCategoryOf,
} from "./status-category.ts";
/** The choropleth map of the municipalities by protocol status. */
export { renderStatusMap } from "./status-map.ts";
/** The counts a picture shows, also usable as report data. */
export {
  type CategoryCounts,
  countSurvey,
  type ProvinceCounts,
  type StatusCounts,
  type SurveyCounts,
} from "./survey-counts.ts";
/** The width of every PNG, in pixels. */
export { PNG_WIDTH } from "./svg-to-png.ts";
