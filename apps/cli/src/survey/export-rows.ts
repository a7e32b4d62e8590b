import { allBodies, type SurveyStatus } from "@weerbaar/domain";
import type { SurveyJson, SurveyRecord } from "./columns.ts";

/** All 354 bodies with their current survey status, in the domain's order, as JSON objects. */
export function surveyJson(statuses: readonly SurveyStatus[]): SurveyJson[] {
  const byCode = new Map(statuses.map((s) => [s.bodyCode, s]));
  return allBodies.map((body) => {
    const status = byCode.get(body.code);
    return {
      code: body.code,
      name: body.name,
      kind: body.kind,
      province: body.provinceName,
      protocol: status?.protocol ?? "unknown",
      usage: status?.usage ?? "unknown",
      codeOfConduct: status?.codeOfConduct ?? "unknown",
      updatedAt: status?.updatedAt?.toISOString() ?? null,
      updatedBy: status?.updatedBy ?? null,
      note: status?.note ?? null,
    };
  });
}

/** The same rows as flat string records for CSV and XLSX (empty cells for missing values). */
export function surveyRecords(rows: readonly SurveyJson[]): SurveyRecord[] {
  return rows.map((r) => ({
    code: r.code,
    name: r.name,
    kind: r.kind,
    province: r.province,
    protocol: r.protocol,
    usage: r.usage,
    code_of_conduct: r.codeOfConduct,
    updated_at: r.updatedAt ?? "",
    updated_by: r.updatedBy ?? "",
    note: r.note ?? "",
  }));
}
