import { StaffRole } from "@weerbaar/domain";
import { z } from "zod";
import { defineCue } from "../cue.ts";
import { addCue, roleWordCue, staffRoleCue } from "../cues.ts";
import { defineIntent, optional } from "../define-intent.ts";
import { colleagueSlot } from "../slots/colleague.ts";
import { extractStaffRole } from "../slots/roles.ts";
import { StaffIdentity } from "../slots/schemas.ts";
import { extractStaffIdentity, extractStaffName } from "../slots/staff-identity.ts";
import { staffRoles } from "../vocabulary/staff-roles.ts";

/** "collega", "medewerker", "staff": a member of the team. */
export const staffWordCue = defineCue("staffWord", [
  /\bcollega\b/,
  /\bmedewerker\b/,
  /\bstaff\b/,
  /\bteamlid\b/,
  /\bteam member\b/,
  /\bcolleague\b/,
  /\bgebruiker\b/,
  /\buser\b/,
]);

const roleSource = staffRoles.patterns.map((p) => p.source).join("|");

// "maak Lisa beheerder", "make Lisa Bakker an admin": a colleague's role changed by name.
const makeRoleCue = defineCue("makeRole", [
  new RegExp(`\\bmaak (?:\\S+ ){1,4}(?:tot )?(?:een )?(?:${roleSource})`),
  new RegExp(`\\bmake (?:\\S+ ){1,4}(?:an? )?(?:${roleSource})`),
  // "Yara moet beheerder worden", "Lotte becomes an advisor".
  new RegExp(`\\b(?:wordt|worden|becomes?) (?:een |an? )?(?:${roleSource})`),
  new RegExp(`\\b(?:een |an? )?(?:${roleSource}) (?:worden|wordt)\\b`),
  // "Lieke adviseur maken": the verb last.
  new RegExp(`\\b(?:${roleSource}) maken\\b`),
]);

/**
 * A new colleague (name, role, Teams or Matrix account), or a colleague's role changed by name; an @mention gives
 * both the account and the name ("voeg @Lisa de Vries toe als adviseur", "maak @Lisa beheerder").
 */
export const addStaff = defineIntent({
  name: "add_staff",
  schema: z.object({
    intent: z.literal("add_staff"),
    name: z.string().optional(),
    role: StaffRole.optional(),
    identity: StaffIdentity.optional(),
  }),
  score: (e) => {
    const c = e.cues;
    return (
      (c.has(staffRoleCue) && (c.has(addCue) || e.hasChatIdentity) ? 4 : 0) +
      (c.has(makeRoleCue) ? 4.5 : 0) +
      (e.hasChatIdentity ? 2 : 0) +
      (c.has(staffWordCue) && c.has(addCue) ? 1.5 : 0) -
      (e.hasBody ? 2 : 0) -
      (c.has(roleWordCue) ? 2 : 0)
    );
  },
  build: (a) => {
    const colleague = colleagueSlot(a, {
      ...optional("name", extractStaffName(a.text)),
      ...optional("identity", extractStaffIdentity(a.text)),
    });
    return {
      intent: "add_staff" as const,
      ...optional("name", colleague.name),
      ...optional("role", extractStaffRole(a.keywords)),
      ...optional("identity", colleague.identity),
    };
  },
  examples: {
    nl: [
      {
        text: "voeg Piet toe als adviseur met teams:8f2c1a",
        slots: { name: "Piet", role: "advisor", identity: "teams:8f2c1a" },
      },
      { text: "maak Lisa beheerder", slots: { name: "Lisa", role: "admin" } },
    ],
    en: [
      { text: "make Lisa an advisor", slots: { name: "Lisa", role: "advisor" } },
      {
        text: "add matrix:@piet:example.org as advisor named Piet",
        slots: { identity: "matrix:@piet:example.org" },
      },
    ],
  },
});
