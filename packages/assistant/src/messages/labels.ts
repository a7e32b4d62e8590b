import type { BodyKind } from "@weerbaar/domain";
import type { Lang } from "@weerbaar/reply";

const kindLabels: Record<BodyKind, Record<Lang, [singular: string, plural: string]>> = {
  municipality: { nl: ["gemeente", "gemeenten"], en: ["municipality", "municipalities"] },
  province: { nl: ["provincie", "provincies"], en: ["province", "provinces"] },
};

/** "gemeente" / "municipality". */
export const kindLabel = (kind: BodyKind, lang: Lang): string => kindLabels[kind][lang][0];
/** "gemeenten" / "municipalities". */
export const kindPluralLabel = (kind: BodyKind, lang: Lang): string => kindLabels[kind][lang][1];
/** Picks the Dutch or English text. */
export const t = (lang: Lang, nl: string, en: string): string => (lang === "nl" ? nl : en);
