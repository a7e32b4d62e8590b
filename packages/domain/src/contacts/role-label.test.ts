import { describe, expect, it } from "vitest";
import { ContactRole } from "./contact.ts";
import { contactRoleLabel } from "./role-label.ts";

describe("contactRoleLabel", () => {
  it("names every role in Dutch", () => {
    expect(ContactRole.options.map((r) => contactRoleLabel(r, "nl"))).toEqual([
      "burgemeester",
      "griffier",
      "gemeentesecretaris",
      "wethouder",
      "raadslid",
      "Statenlid",
      "gedeputeerde",
      "beleidsmedewerker veiligheid",
      "overig",
    ]);
  });

  it("names every role in English", () => {
    expect(ContactRole.options.map((r) => contactRoleLabel(r, "en"))).toEqual([
      "mayor",
      "clerk",
      "town clerk",
      "alderman",
      "council member",
      "member of the Provincial Council",
      "deputy",
      "safety officer",
      "other",
    ]);
  });
});
