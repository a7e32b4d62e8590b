import { match } from "ts-pattern";
import type { Bilingual, Language } from "../language.ts";
import type { ContactRole } from "./contact.ts";

function roleLabels(role: ContactRole): Bilingual {
  return match(role)
    .with("mayor", () => ({ nl: "burgemeester", en: "mayor" }))
    .with("clerk", () => ({ nl: "griffier", en: "clerk" }))
    .with("town_clerk", () => ({ nl: "gemeentesecretaris", en: "town clerk" }))
    .with("alderman", () => ({ nl: "wethouder", en: "alderman" }))
    .with("council_member", () => ({ nl: "raadslid", en: "council member" }))
    .with("provincial_council_member", () => ({ nl: "Statenlid", en: "member of the Provincial Council" }))
    .with("deputy", () => ({ nl: "gedeputeerde", en: "deputy" }))
    .with("safety_officer", () => ({ nl: "beleidsmedewerker veiligheid", en: "safety officer" }))
    .with("other", () => ({ nl: "overig", en: "other" }))
    .exhaustive();
}

/** A contact role as staff say it: "burgemeester" / "mayor". */
export function contactRoleLabel(role: ContactRole, lang: Language): string {
  return roleLabels(role)[lang];
}
