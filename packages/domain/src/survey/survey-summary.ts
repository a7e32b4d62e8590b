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

function shares<K extends string>(keys: readonly K[], counts: ReadonlyMap<K, number>): Record<K, Share> {
  const values = keys.map((key) => counts.get(key) ?? 0);
  const percentages = roundedPercentages(values);
  return Object.fromEntries(
    keys.map((key, i) => [key, { count: values[i] ?? 0, percentage: percentages[i] ?? 0 }]),
  ) as Record<K, Share>;
}

function increment<K>(counts: Map<K, number>, key: K): void {
  counts.set(key, (counts.get(key) ?? 0) + 1);
}

// One pass over the statuses: the summary is asked for in chat, so it must not cost a pass per answer value.
function breakdown(statuses: readonly SurveyStatus[]): SurveyBreakdown {
  const protocol = new Map<ProtocolStatus, number>();
  const usage = new Map<ProtocolUsage, number>();
  const codeOfConduct = new Map<CodeOfConductStatus, number>();
  let usageTotal = 0;
  for (const status of statuses) {
    increment(protocol, status.protocol);
    increment(codeOfConduct, status.codeOfConduct);
    if (status.protocol === "present") {
      increment(usage, status.usage);
      usageTotal++;
    }
  }
  return {
    total: statuses.length,
    protocol: shares(ProtocolStatus.options, protocol),
    usageTotal,
    usage: shares(ProtocolUsage.options, usage),
    codeOfConduct: shares(CodeOfConductStatus.options, codeOfConduct),
  };
}

const provincesByName = [...provinces].sort((a, b) => compareDutchNames(a.name, b.name));

/** Counts and percentages of the survey answers, overall and per province, for the bodies in scope. */
export function summarizeSurvey(
  bodies: readonly Body[],
  statusByCode: ReadonlyMap<string, SurveyStatus>,
  scope: SurveySummaryScope = {},
): SurveySummary {
  const inScope: SurveyStatus[] = [];
  const byProvince = new Map<string, SurveyStatus[]>();
  for (const body of bodies) {
    if (
      (scope.kind && body.kind !== scope.kind) ||
      (scope.provinceCode && body.provinceCode !== scope.provinceCode)
    )
      continue;
    const status = statusOf(body, statusByCode);
    inScope.push(status);
    const group = byProvince.get(body.provinceCode);
    if (group) group.push(status);
    else byProvince.set(body.provinceCode, [status]);
  }
  const rows = provincesByName
    .filter((p) => !scope.provinceCode || p.code === scope.provinceCode)
    .map((province) => ({
      provinceCode: province.code,
      provinceName: province.name,
      ...breakdown(byProvince.get(province.code) ?? []),
    }));
  return { ...breakdown(inScope), byProvince: rows };
}
