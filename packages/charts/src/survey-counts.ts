import { compareDutchNames, municipalities, provinces, type SurveyStatus, statusOf } from "@weerbaar/domain";
import { StatusCategory, statusCategoryOf } from "./status-category.ts";

/** How many bodies fall in each category. */
export type CategoryCounts = Record<StatusCategory, number>;

/** A number of bodies and how they split over the categories. */
export type StatusCounts = { total: number; byCategory: CategoryCounts };

/** The municipalities of one province, counted. */
export type ProvinceCounts = StatusCounts & { provinceCode: string; provinceName: string };

/**
 * What a picture shows: its municipalities and provinces counted, and the municipalities per province
 * (provinces sorted by Dutch name). Scoped to one province, each part covers only that province.
 */
export type SurveyCounts = {
  municipalities: StatusCounts;
  provinces: StatusCounts;
  byProvince: ProvinceCounts[];
};

function count(statuses: readonly SurveyStatus[]): StatusCounts {
  const byCategory = Object.fromEntries(StatusCategory.options.map((c) => [c, 0])) as CategoryCounts;
  for (const status of statuses) byCategory[statusCategoryOf(status)] += 1;
  return { total: statuses.length, byCategory };
}

/** Counts the survey statuses by category; a body missing from `statuses` counts as unknown. */
export function countSurvey(
  statuses: readonly SurveyStatus[],
  scope: { provinceCode?: string | undefined } = {},
): SurveyCounts {
  const byCode = new Map(statuses.map((s) => [s.bodyCode, s]));
  const inScope = <T extends { provinceCode: string }>(bodies: readonly T[]) =>
    bodies.filter((b) => !scope.provinceCode || b.provinceCode === scope.provinceCode);
  const scopedMunicipalities = inScope(municipalities);
  const scopedProvinces = inScope(provinces);
  return {
    municipalities: count(scopedMunicipalities.map((b) => statusOf(b, byCode))),
    provinces: count(scopedProvinces.map((b) => statusOf(b, byCode))),
    byProvince: [...scopedProvinces]
      .sort((a, b) => compareDutchNames(a.name, b.name))
      .map((province) => ({
        provinceCode: province.code,
        provinceName: province.name,
        ...count(
          scopedMunicipalities
            .filter((m) => m.provinceCode === province.code)
            .map((m) => statusOf(m, byCode)),
        ),
      })),
  };
}
