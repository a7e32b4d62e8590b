import { staffRoles } from "../vocabulary/staff-roles.ts";
import type { StaffIdentity } from "./schemas.ts";

/** The Teams or Matrix account an admin names: "teams:<id>", "matrix:@piet:example.org" or "@piet:example.org". */
export function extractStaffIdentity(raw: string): StaffIdentity | undefined {
  const teams = /\bteams\s*:\s*([\w-]+)/i.exec(raw);
  if (teams?.[1]) return { platform: "teams", id: teams[1] };
  const matrix = /(?:\bmatrix\s*:\s*)?(@[\w.=-]+:[\w.-]+\w)/i.exec(raw);
  if (matrix?.[1]) return { platform: "matrix", id: matrix[1] };
  return undefined;
}

const staffRoleWords = staffRoles.words.map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")).join("|");
// "zou je Ruben als adviseur willen toevoegen", "voge Sofie toe als assistent": the name before its role.
const nameBeforeRole = new RegExp(
  `(\\p{Lu}[\\p{L}'-]*(?:\\s+(?:(?:van|de|der|den|ter)\\s+)*\\p{Lu}[\\p{L}'-]*)*)\\s+(?:toe\\s+|erbij\\s+)?(?:als|as)\\s+(?:een\\s+|an?\\s+)?(?:${staffRoleWords}|\\p{Ll}{5,})\\b|(\\p{Lu}[\\p{L}'-]*)\\s+(?:${staffRoleWords})\\s+maken\\b`,
  "u",
);

/** The staff member's display name: "named Piet", "genaamd Piet", "voeg Piet toe", "add Piet as". */
export function extractStaffName(raw: string): string | undefined {
  const withoutIds = raw.replace(/\b(?:teams|matrix)\s*:\s*\S+/gi, " ").replace(/@\S+/g, " ");
  const patterns = [
    /\b(?:named|called|genaamd|met de naam|naam)\s+(\p{Lu}[\p{L}'-]*(?:\s+(?:(?:van|de|der|den|ter)\s+)*\p{Lu}[\p{L}'-]*)*)/u,
    /\b[Vv]oeg\s+(\p{Lu}[\p{L}'-]*(?:\s+(?:(?:van|de|der|den|ter)\s+)*\p{Lu}[\p{L}'-]*)*)\s+toe\b/u,
    /\b[Aa]dd\s+(\p{Lu}[\p{L}'-]*(?:\s+(?:(?:van|de|der|den|ter)\s+)*\p{Lu}[\p{L}'-]*)*)\s+as\b/u,
    /\b[Mm]a(?:ak|ke)\s+(\p{Lu}[\p{L}'-]*(?:\s+(?:(?:van|de|der|den|ter)\s+)*\p{Lu}[\p{L}'-]*)*)\s+(?:tot\s+)?(?:een\s+|an?\s+)?(?:admin|beheerder|adviseur|advisor|adviser|administrator|assistent|assistant|viewer|meelezer|kijker)/u,
    /\b(?:collega|colleague|medewerker)\s+(\p{Lu}[\p{L}'-]*(?:\s+\p{Lu}[\p{L}'-]*)*)/u,
    nameBeforeRole,
  ];
  for (const pattern of patterns) {
    const m = pattern.exec(withoutIds);
    const name = m?.[1] ?? m?.[2];
    if (name) return name.trim();
  }
  return undefined;
}
