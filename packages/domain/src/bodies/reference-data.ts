import type { Body, Municipality, Province } from "./body.ts";
import { aliasRows, municipalityRows, provinceRows } from "./reference-data.generated.ts";

/** The 12 provinces (CBS indeling 1 January 2025), ordered by code. */
export const provinces: readonly Province[] = provinceRows.map(([code, name, capital]) => ({
  kind: "province",
  code,
  name,
  provinceCode: code,
  provinceName: name,
  capital,
}));

const provinceByCode = new Map(provinces.map((p) => [p.code, p]));

/** The 342 municipalities (CBS indeling 1 January 2025), ordered by code. */
export const municipalities: readonly Municipality[] = municipalityRows.map(([code, name, provinceCode]) => {
  const province = provinceByCode.get(provinceCode);
  if (!province) throw new Error(`reference data: ${code} names unknown province ${provinceCode}`);
  return { kind: "municipality", code, name, provinceCode, provinceName: province.name };
});

/** All 354 bodies: municipalities first, then provinces. */
export const allBodies: readonly Body[] = [...municipalities, ...provinces];

const bodyByCode = new Map<string, Body>(allBodies.map((b) => [b.code, b]));

/** The body with this CBS code (case-insensitive), or undefined. */
export function findBodyByCode(code: string): Body | undefined {
  return bodyByCode.get(code.trim().toUpperCase());
}

/** The municipalities of a province and the province itself. */
export function bodiesInProvince(provinceCode: string): Body[] {
  return allBodies.filter((b) => b.provinceCode === provinceCode);
}

/** Informal and alternative names of bodies, each with the CBS code it stands for. */
export const bodyAliases: readonly { alias: string; code: string }[] = aliasRows.map(([alias, code]) => ({
  alias,
  code,
}));
