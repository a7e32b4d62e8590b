import type { BodyKind, CodeOfConductStatus, ProtocolStatus, ProtocolUsage } from "@weerbaar/domain";
import type { Lang } from "../reply/reply.ts";

type Labels<K extends string> = Record<K, Record<Lang, string>>;

const protocolLabels: Labels<ProtocolStatus> = {
  unknown: { nl: "onbekend", en: "unknown" },
  none: { nl: "geen protocol", en: "no protocol" },
  in_preparation: { nl: "in voorbereiding", en: "in preparation" },
  present: { nl: "aanwezig", en: "present" },
};

const usageLabels: Labels<ProtocolUsage> = {
  unknown: { nl: "onbekend", en: "unknown" },
  active: { nl: "actief in gebruik", en: "actively used" },
  dormant: { nl: "slapend (ligt op de plank)", en: "dormant" },
};

const codeOfConductLabels: Labels<CodeOfConductStatus> = {
  unknown: { nl: "onbekend", en: "unknown" },
  yes: { nl: "ja", en: "yes" },
  no: { nl: "nee", en: "no" },
};

const kindLabels: Labels<BodyKind> = {
  municipality: { nl: "gemeente", en: "municipality" },
  province: { nl: "provincie", en: "province" },
};

const kindPluralLabels: Labels<BodyKind> = {
  municipality: { nl: "gemeenten", en: "municipalities" },
  province: { nl: "provincies", en: "provinces" },
};

/** "aanwezig" / "present" for a protocol status. */
export const protocolLabel = (status: ProtocolStatus, lang: Lang): string => protocolLabels[status][lang];
/** "slapend" / "dormant" for a protocol usage. */
export const usageLabel = (usage: ProtocolUsage, lang: Lang): string => usageLabels[usage][lang];
/** "ja" / "yes" for a code-of-conduct status. */
export const codeOfConductLabel = (status: CodeOfConductStatus, lang: Lang): string =>
  codeOfConductLabels[status][lang];
/** "gemeente" / "municipality". */
export const kindLabel = (kind: BodyKind, lang: Lang): string => kindLabels[kind][lang];
/** "gemeenten" / "municipalities". */
export const kindPluralLabel = (kind: BodyKind, lang: Lang): string => kindPluralLabels[kind][lang];
/** Picks the Dutch or English text. */
export const t = (lang: Lang, nl: string, en: string): string => (lang === "nl" ? nl : en);
