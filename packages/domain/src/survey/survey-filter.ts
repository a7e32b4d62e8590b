import { z } from "zod";
import { type Body, BodyKind, ProvinceCode } from "../bodies/body.ts";
import { compareBodiesByProvinceAndName } from "./body-order.ts";
import {
  CodeOfConductStatus,
  ProtocolStatus,
  ProtocolUsage,
  type SurveyStatus,
  unknownSurveyStatus,
} from "./survey-status.ts";

/**
 * A question over the survey, e.g. "municipalities in Limburg without a protocol". A missing or empty list
 * means any value; a usage list only matches bodies whose protocol is present (usage means nothing otherwise).
 */
export const SurveyFilter = z.object({
  kind: BodyKind.optional(),
  provinceCode: ProvinceCode.optional(),
  protocol: z.array(ProtocolStatus).optional(),
  usage: z.array(ProtocolUsage).optional(),
  codeOfConduct: z.array(CodeOfConductStatus).optional(),
});
/** Criteria for `filterBodies`; every field optional. */
export type SurveyFilter = z.infer<typeof SurveyFilter>;

/** A body with its current survey status. */
export type BodyWithStatus = { body: Body; status: SurveyStatus };

/** The status of a body from the map, or the all-unknown status when it has none yet. */
export function statusOf(body: Body, statusByCode: ReadonlyMap<string, SurveyStatus>): SurveyStatus {
  return statusByCode.get(body.code) ?? unknownStatusOf(body.code);
}

// Shared and frozen: most bodies have no answer yet, and every list or summary asks for all of them.
const unknownStatuses = new Map<string, SurveyStatus>();
function unknownStatusOf(code: string): SurveyStatus {
  let status = unknownStatuses.get(code);
  if (!status) {
    status = Object.freeze(unknownSurveyStatus(code));
    unknownStatuses.set(code, status);
  }
  return status;
}

function allows<T>(values: readonly T[] | undefined, value: T): boolean {
  return values === undefined || values.length === 0 || values.includes(value);
}

/** Does this body and status satisfy the filter? */
export function matchesSurveyFilter(body: Body, status: SurveyStatus, filter: SurveyFilter): boolean {
  if (filter.kind && body.kind !== filter.kind) return false;
  if (filter.provinceCode && body.provinceCode !== filter.provinceCode) return false;
  if (!allows(filter.protocol, status.protocol)) return false;
  if (filter.usage && filter.usage.length > 0) {
    if (status.protocol !== "present" || !filter.usage.includes(status.usage)) return false;
  }
  return allows(filter.codeOfConduct, status.codeOfConduct);
}

/** The bodies matching the filter with their status, sorted by province then name (Dutch collation). */
export function filterBodies(
  bodies: readonly Body[],
  statusByCode: ReadonlyMap<string, SurveyStatus>,
  filter: SurveyFilter,
): BodyWithStatus[] {
  // Pairs only for the matches: a list question filters all 354 bodies on every turn.
  const matches: BodyWithStatus[] = [];
  for (const body of bodies) {
    const status = statusOf(body, statusByCode);
    if (matchesSurveyFilter(body, status, filter)) matches.push({ body, status });
  }
  return matches.sort((a, b) => compareBodiesByProvinceAndName(a.body, b.body));
}
