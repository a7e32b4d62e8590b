import { provinces } from "@weerbaar/domain";
import { normalizeText } from "../normalize.ts";
import { defineVocabulary } from "./define-vocabulary.ts";

/**
 * How people name a province besides its name: the adjective ("Brabantse gemeenten"), the demonym ("de
 * Limburgers") and short forms. Keyed by CBS code; the names themselves come from the domain's province list.
 */
const otherForms: Readonly<Record<string, readonly string[]>> = {
  PV20: ["groningse", "groninger", "groningers"],
  PV21: ["friese", "fryske", "friezen", "frisian", "friesland"],
  PV22: ["drentse", "drentsche", "drents", "drenten"],
  PV23: ["overijsselse", "overijssels", "overijsselaars"],
  PV24: ["flevolandse", "flevolanders"],
  PV25: ["gelderse", "gelders", "gelderlanders"],
  PV26: ["utrechtse", "utrechters"],
  PV27: ["noord hollandse", "noordhollandse", "noord hollanders", "north holland"],
  PV28: ["zuid hollandse", "zuidhollandse", "zuid hollanders", "south holland"],
  PV29: ["zeeuwse", "zeeuws", "zeeuwen"],
  PV30: ["brabantse", "noord brabantse", "brabants", "brabanders", "brabant", "north brabant"],
  PV31: ["limburgse", "limburgs", "limburgers"],
};

/** Every province's name and its adjective, demonym and short forms; the value is the province's CBS code. */
export const provinceWords = defineVocabulary<string>({
  name: "province words",
  entries: provinces.map((province) => ({
    value: province.code,
    words: [normalizeText(province.name), ...(otherForms[province.code] ?? [])],
  })),
  // Names are corrected by the body resolver; adjectives are short and close to each other.
  exactOnly: provinces.flatMap((p) => [normalizeText(p.name), ...(otherForms[p.code] ?? [])]),
});

/** The province forms defined for a CBS code, for tests that every province has them. */
export function provinceFormsOf(code: string): readonly string[] {
  return otherForms[code] ?? [];
}

/**
 * Words before "gemeenten" that look like a place adjective but name no province ("Twentse", "Hollandse"):
 * a filter the assistant cannot apply, so it asks instead of listing everything.
 */
export const PLACE_ADJECTIVE =
  /\b([a-z]+(?:se|sche|er))\s+(?:gemeenten|gemeentes|municipalities|provincies)\b/;

/** Adjectives before "gemeenten" that are no place: "alle", "andere", "kleine", "Nederlandse". */
export const nonPlaceAdjectives: ReadonlySet<string> = new Set(
  `andere anderer alle welke welker deze die onze uwe jouwe sommige overige enkele bepaalde kleine kleinere
  grote grotere grootste kleinste nieuwe oude landelijke stedelijke nederlandse dutch meer minder zulke diverse
  verschillende betreffende genoemde vorige volgende eerdere latere lagere hogere middelgrote rest over under
  other another fewer better larger smaller`
    .split(/\s+/)
    .filter(Boolean),
);
