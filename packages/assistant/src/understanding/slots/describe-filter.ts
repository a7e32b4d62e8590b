import {
  codeOfConductLabel,
  findBodyByCode,
  protocolStatusLabel,
  protocolUsageLabel,
} from "@weerbaar/domain";
import type { Lang } from "@weerbaar/reply";
import { kindPluralLabel, t } from "../../messages/labels.ts";
import type { BodyFilter } from "./schemas.ts";

/** "Gemeenten in Limburg: geen protocol" / "Municipalities in Limburg: no protocol". */
export function describeFilter(filter: BodyFilter, lang: Lang): string {
  const who = filter.kind
    ? kindPluralLabel(filter.kind, lang)
    : t(lang, "Gemeenten en provincies", "Municipalities and provinces");
  const capitalised = who.charAt(0).toUpperCase() + who.slice(1);
  const province = filter.provinceCode ? findBodyByCode(filter.provinceCode)?.name : undefined;
  const where = province ? ` ${t(lang, "in", "in")} ${province}` : "";
  const conditions = [
    ...(filter.protocol ?? []).map((p) => protocolStatusLabel(p, lang)),
    ...(filter.usage ?? []).map((u) => protocolUsageLabel(u, lang)),
    ...(filter.codeOfConduct ?? []).map((c) => codeOfConductLabel(c, lang)),
  ];
  return conditions.length > 0
    ? `${capitalised}${where}: ${conditions.join(", ")}`
    : `${capitalised}${where}`;
}
