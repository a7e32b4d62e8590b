import type { Body } from "../bodies/body.ts";
import { provinces } from "../bodies/reference-data.ts";
import { compareDutchNames } from "./body-order.ts";
import { roundedPercentages } from "./percentages.ts";
import { type SurveyFilter, statusOf } from "./survey-filter.ts";
import { CodeOfConductStatus, ProtocolStatus, ProtocolUsage, type SurveyStatus } from "./survey-status.ts";

/** A count and its share of the table's total, in percent with one decimal. */
export type Share = { count: number; percentage: number };

/** The survey figures of a set of bodies; usage shares are of the bodies whose protocol is present. */
export type SurveyBreakdown = {
  total: number;
  protocol: Record<ProtocolStatus, Share>;
  usageTotal: number;
  usage: Record<ProtocolUsage, Share>;
  codeOfConduct: Record<CodeOfConductStatus, Share>;
};

/** The survey figures of one province's bodies (its municipalities and the province itself). */
export type ProvinceSurveyBreakdown = SurveyBreakdown & { provinceCode: string; provinceName: string };

/** Totals overall and per province; one row per province (only the chosen one when scoped to a province). */
export type SurveySummary = SurveyBreakdown & { byProvince: ProvinceSurveyBreakdown[] };

/** Which bodies a summary covers. */
export type SurveySummaryScope = Pick<SurveyFilter, "kind" | "provinceCode">;

function shares<K extends string>(keys: readonly K[], values: readonly K[]): Record<K, Share> {
  const counts = keys.map((key) => values.filter((v) => v === key).length);
  const percentages = roundedPercentages(counts);
  return Object.fromEntries(
    keys.map((key, i) => [key, { count: counts[i] ?? 0, percentage: percentages[i] ?? 0 }]),
  ) as Record<K, Share>;
}

function breakdown(statuses: readonly SurveyStatus[]): SurveyBreakdown {
  const present = statuses.filter((s) => s.protocol === "present");
  return {
    total: statuses.length,
    protocol: shares(
      ProtocolStatus.options,
      statuses.map((s) => s.protocol),
    ),
    usageTotal: present.length,
    usage: shares(
      ProtocolUsage.options,
      present.map((s) => s.usage),
    ),
    codeOfConduct: shares(
      CodeOfConductStatus.options,
      statuses.map((s) => s.codeOfConduct),
    ),
  };
}

/** Counts and percentages of the survey answers, overall and per province, for the bodies in scope. */
export function summarizeSurvey(
  bodies: readonly Body[],
  statusByCode: ReadonlyMap<string, SurveyStatus>,
  scope: SurveySummaryScope = {},
): SurveySummary {
  const inScope = bodies.filter(
    (b) =>
      (!scope.kind || b.kind === scope.kind) &&
      (!scope.provinceCode || b.provinceCode === scope.provinceCode),
  );
  const rows = [...provinces]
    .filter((p) => !scope.provinceCode || p.code === scope.provinceCode)
    .sort((a, b) => compareDutchNames(a.name, b.name))
    .map((province) => ({
      provinceCode: province.code,
      provinceName: province.name,
      ...breakdown(
        inScope.filter((b) => b.provinceCode === province.code).map((b) => statusOf(b, statusByCode)),
      ),
    }));
  return { ...breakdown(inScope.map((b) => statusOf(b, statusByCode))), byProvince: rows };
}
