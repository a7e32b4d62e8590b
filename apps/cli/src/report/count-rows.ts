import { StatusCategory, type StatusCounts, type SurveyCounts } from "@weerbaar/charts";
import { stringify } from "csv-stringify/sync";

/** One line of the counts report: a group of bodies and how many fall in each status category. */
export type CountRow = { group: string; code: string; name: string; total: number } & Record<
  StatusCategory,
  number
>;

const row = (group: string, code: string, name: string, counts: StatusCounts): CountRow => ({
  group,
  code,
  name,
  total: counts.total,
  ...counts.byCategory,
});

/**
 * The counts as rows: the municipalities of each province ("province"), all municipalities in scope
 * ("municipalities") and the provinces' own statuses ("provinces").
 */
export function countRows(counts: SurveyCounts, scopeName: string): CountRow[] {
  return [
    ...counts.byProvince.map((p) => row("province", p.provinceCode, p.provinceName, p)),
    row("municipalities", "", scopeName, counts.municipalities),
    row("provinces", "", scopeName, counts.provinces),
  ];
}

/** The rows as CSV with a header: group, code, name, total and one column per category. */
export function countsCsv(rows: readonly CountRow[]): string {
  const columns = ["group", "code", "name", "total", ...StatusCategory.options];
  return stringify(rows as unknown as Record<string, unknown>[], { header: true, columns });
}
