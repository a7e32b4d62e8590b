import { z } from "zod";
import { BodyCode } from "../bodies/body.ts";

/** The roles of officials the team meets. */
export const ContactRole = z.enum([
  "mayor",
  "clerk",
  "town_clerk",
  "alderman",
  "council_member",
  "provincial_council_member",
  "deputy",
  "safety_officer",
  "other",
]);
/** burgemeester, griffier, gemeentesecretaris, wethouder, raadslid, Statenlid, gedeputeerde, beleidsmedewerker veiligheid, other. */
export type ContactRole = z.infer<typeof ContactRole>;

/** A person at a body the team deals with. */
export const Contact = z.object({
  id: z.string().min(1),
  bodyCode: BodyCode,
  name: z.string().trim().min(1).max(200),
  role: ContactRole,
  email: z.email().optional(),
  phone: z
    .string()
    .trim()
    .regex(/^\+?[\d\s()-]{6,20}$/, "a phone number has 6 to 20 digits, spaces or dashes")
    .optional(),
});
/** A contact person at a municipality or province. */
export type Contact = z.infer<typeof Contact>;
