import type { Language } from "../language.ts";
import type { StaffRole } from "./staff.ts";

const labels: Record<StaffRole, Record<Language, string>> = {
  admin: { nl: "beheerder", en: "admin" },
  advisor: { nl: "adviseur", en: "advisor" },
  assistant: { nl: "ondersteuner", en: "assistant" },
  viewer: { nl: "meelezer (alleen lezen)", en: "viewer (read only)" },
};

/** "adviseur" / "advisor" for a staff role. */
export function staffRoleLabel(role: StaffRole, lang: Language): string {
  return labels[role][lang];
}
