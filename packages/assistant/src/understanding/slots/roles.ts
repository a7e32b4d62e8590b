import type { ContactRole, StaffRole } from "@weerbaar/domain";

const contactRoles: readonly (readonly [RegExp, ContactRole])[] = [
  [
    /\b(?:gemeentesecretaris|gemeente secretaris|town clerk|municipal secretary|city manager|secretaris)\b/,
    "town_clerk",
  ],
  [/\b(?:burgemeester|burgervader|burgemoeder|mayor)s?\b/, "mayor"],
  [/\b(?:raadsgriffier|griffier|griffie|clerks?)\b/, "clerk"],
  [/\b(?:wethouders?|aldermen|alderman)\b/, "alderman"],
  [
    /\b(?:statenlid|statenleden|provincial council members?|provincial councillors?|states members?)\b/,
    "provincial_council_member",
  ],
  [/\b(?:raadslid|raadsleden|gemeenteraadslid|council members?|councill?ors?)\b/, "council_member"],
  [/\b(?:gedeputeerden?|deput(?:y|ies))\b/, "deputy"],
  [
    /\b(?:veiligheidsadviseur|adviseur veiligheid|beleidsmedewerker (?:openbare orde en )?veiligheid|aov(?:er)?|safety officers?|security advisor|safety advisor)\b/,
    "safety_officer",
  ],
];

/** The contact role named in a normalized text, if any. */
export function extractContactRole(normalized: string): ContactRole | undefined {
  let best: { index: number; role: ContactRole } | undefined;
  for (const [pattern, role] of contactRoles) {
    const m = pattern.exec(normalized);
    if (m && (!best || m.index < best.index)) best = { index: m.index, role };
  }
  return best?.role;
}

const staffRoles: readonly (readonly [RegExp, StaffRole])[] = [
  [/\b(?:admin|administrator|beheerder)\b/, "admin"],
  [/\b(?:adviseur|advisor|adviser|consultant)\b/, "advisor"],
  [/\b(?:assistent|assistant|ondersteuner)\b/, "assistant"],
  [/\b(?:viewer|kijker|meelezer|alleen lezen|read only|lezer|reader)\b/, "viewer"],
];

/** The staff role named in a normalized text, if any. */
export function extractStaffRole(normalized: string): StaffRole | undefined {
  for (const [pattern, role] of staffRoles) if (pattern.test(normalized)) return role;
  return undefined;
}
