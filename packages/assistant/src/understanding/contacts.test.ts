import { describe, expect, it } from "vitest";
import { codeOf, intentOf } from "./test-support.ts";

describe("contacts", () => {
  it("reads 'wie is de griffier van Leudal'", () => {
    const intent = intentOf("wie is de griffier van Leudal", "show_contacts");
    expect(codeOf(intent.body)).toBe("GM1640");
    expect(intent.role).toBe("clerk");
  });

  it("tells the town clerk from the clerk", () => {
    expect(intentOf("who is the town clerk of Weert", "show_contacts").role).toBe("town_clerk");
  });

  it("reads every field of a new contact", () => {
    const intent = intentOf(
      "voeg contact toe aan Leudal: Jan Jansen, griffier, jan@leudal.nl, 0475 123456",
      "add_contact",
    );
    expect(codeOf(intent.body)).toBe("GM1640");
    expect(intent).toMatchObject({
      role: "clerk",
      name: "Jan Jansen",
      email: "jan@leudal.nl",
      phone: "0475 123456",
    });
  });

  it("keeps name particles", () => {
    expect(intentOf("Add Peter van Dijk as alderman for Roermond", "add_contact").name).toBe(
      "Peter van Dijk",
    );
  });
});

describe("staff", () => {
  it("reads an admin adding a Teams colleague", () => {
    expect(intentOf("voeg Piet toe als adviseur met teams:8f2c1a", "add_staff")).toEqual({
      intent: "add_staff",
      name: "Piet",
      role: "advisor",
      identity: { platform: "teams", id: "8f2c1a" },
    });
  });

  it("reads a colleague's role changed by name", () => {
    expect(intentOf("maak Lisa beheerder", "add_staff")).toEqual({
      intent: "add_staff",
      name: "Lisa",
      role: "admin",
    });
    expect(intentOf("make Lisa an advisor", "add_staff")).toMatchObject({ name: "Lisa", role: "advisor" });
    expect(intentOf("maak Lisa van der Berg tot beheerder", "add_staff")).toMatchObject({
      name: "Lisa van der Berg",
      role: "admin",
    });
  });

  it("reads a Matrix id", () => {
    expect(intentOf("add matrix:@piet:example.org as advisor named Piet", "add_staff").identity).toEqual({
      platform: "matrix",
      id: "@piet:example.org",
    });
  });
});
