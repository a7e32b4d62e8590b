import type { Language, SurveyStatus } from "@weerbaar/domain";
import { z } from "zod";

/**
 * What a picture shows of a body's protocol. A present protocol whose use is not known is its own category
 * ("aanwezig, gebruik onbekend"), not merged into active: the team's point is that a protocol on paper is
 * not yet a protocol in use, so counting it as active would flatter the figures. Order: best to worst, then
 * unknown; it is the order of the bar segments and the legend.
 */
export const StatusCategory = z.enum([
  "active",
  "dormant",
  "present_usage_unknown",
  "in_preparation",
  "none",
  "unknown",
]);
/** active, dormant, present_usage_unknown, in_preparation, none, unknown. */
export type StatusCategory = z.infer<typeof StatusCategory>;

/**
 * The color of each category: Paul Tol's "bright" qualitative scheme, designed to stay distinct for
 * colour-blind readers (green #228833, yellow #CCBB44, cyan #66CCEE, blue #4477AA, red #EE6677) and his
 * neutral grey #BBBBBB for what is not known. Tests read these exact values back from the PNG.
 */
export const STATUS_COLORS: Readonly<Record<StatusCategory, string>> = {
  active: "#228833",
  dormant: "#CCBB44",
  present_usage_unknown: "#66CCEE",
  in_preparation: "#4477AA",
  none: "#EE6677",
  unknown: "#BBBBBB",
};

const labels: Readonly<Record<StatusCategory, Record<Language, string>>> = {
  active: { nl: "actief", en: "active" },
  dormant: { nl: "slapend", en: "dormant" },
  present_usage_unknown: { nl: "aanwezig (gebruik onbekend)", en: "present (use unknown)" },
  in_preparation: { nl: "in de maak", en: "in preparation" },
  none: { nl: "geen protocol", en: "no protocol" },
  unknown: { nl: "onbekend", en: "unknown" },
};

/** The category's name in the legend and the summary: "slapend" / "dormant". */
export function statusCategoryLabel(category: StatusCategory, lang: Language): string {
  return labels[category][lang];
}

/** The category a survey status falls in. */
export function statusCategoryOf(status: Pick<SurveyStatus, "protocol" | "usage">): StatusCategory {
  switch (status.protocol) {
    case "present":
      return status.usage === "active"
        ? "active"
        : status.usage === "dormant"
          ? "dormant"
          : "present_usage_unknown";
    case "in_preparation":
      return "in_preparation";
    case "none":
      return "none";
    case "unknown":
      return "unknown";
  }
}
