import type { Language } from "@weerbaar/domain";
import { StatusCategory, statusCategoryLabel } from "./status-category.ts";
import type { StatusCounts, SurveyCounts } from "./survey-counts.ts";

const t = (lang: Language, nl: string, en: string) => (lang === "nl" ? nl : en);

/** "3 actief, 1 slapend, 0 aanwezig (gebruik onbekend), …": every category, in legend order. */
export function countsPhrase(counts: StatusCounts, lang: Language): string {
  return StatusCategory.options
    .map((c) => `${counts.byCategory[c]} ${statusCategoryLabel(c, lang)}`)
    .join(", ");
}

const municipalitiesWord = (n: number, lang: Language) =>
  n === 1 ? t(lang, "gemeente", "municipality") : t(lang, "gemeenten", "municipalities");

/** "Limburg (31 gemeenten): 3 actief, 1 slapend, …". */
export function scopePhrase(name: string, counts: StatusCounts, lang: Language): string {
  return `${name} (${counts.total} ${municipalitiesWord(counts.total, lang)}): ${countsPhrase(counts, lang)}`;
}

/** The provinces' own status: "De provincie zelf: onbekend" for one province, else counted. */
function provincesPhrase(counts: StatusCounts, lang: Language, provinceName?: string): string {
  const ownCategory = StatusCategory.options.find((c) => counts.byCategory[c] > 0);
  return provinceName && counts.total === 1 && ownCategory
    ? `${t(lang, "De provincie zelf", "The province itself")}: ${statusCategoryLabel(ownCategory, lang)}`
    : `${t(lang, "Provincies", "Provinces")} (${counts.total}): ${countsPhrase(counts, lang)}`;
}

/** The progress chart as text: totals of municipalities and provinces, then each province's municipalities. */
export function progressSummary(counts: SurveyCounts, lang: Language, provinceName?: string): string {
  const title = provinceName
    ? t(lang, `Voortgang van de uitvraag in ${provinceName}`, `Survey progress in ${provinceName}`)
    : t(lang, "Voortgang van de uitvraag", "Survey progress");
  const perProvince = provinceName
    ? []
    : [
        `${t(lang, "Gemeenten per provincie", "Municipalities per province")}: ${counts.byProvince
          .map((row) => scopePhrase(row.provinceName, row, lang))
          .join("; ")}.`,
      ];
  return [
    `${title}.`,
    `${t(lang, "Gemeenten", "Municipalities")} (${counts.municipalities.total}): ${countsPhrase(counts.municipalities, lang)}.`,
    `${provincesPhrase(counts.provinces, lang, provinceName)}.`,
    ...perProvince,
  ].join(" ");
}

/** The map as text: the municipalities shown, and the provinces' own status. */
export function mapSummary(counts: SurveyCounts, lang: Language, provinceName?: string): string {
  const { municipalities: m, provinces: p } = counts;
  const title = provinceName
    ? t(lang, `Kaart van ${provinceName}`, `Map of ${provinceName}`)
    : t(lang, "Kaart van Nederland", "Map of the Netherlands");
  const shown = scopePhrase(provinceName ?? t(lang, "Nederland", "The Netherlands"), m, lang);
  return `${title}. ${shown}. ${provincesPhrase(p, lang, provinceName)}.`;
}
