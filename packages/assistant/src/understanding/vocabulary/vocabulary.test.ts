import { ContactRole, provinces, StaffRole, SupportKind } from "@weerbaar/domain";
import { describe, expect, it } from "vitest";
import { codeOf, intentOf } from "../test-support.ts";
import { typoKeywords } from "../typos.ts";
import { contactRoles } from "./contact-roles.ts";
import { vocabularies } from "./index.ts";
import { provinceFormsOf, provinceWords } from "./provinces.ts";
import { staffRoles } from "./staff-roles.ts";
import { supportKinds } from "./support-kinds.ts";

describe("vocabularies", () => {
  it("regression: 'burgervader', 'raadsgriffier' and 'aov'er' were known to the role extractor, not the scorer", () => {
    expect(intentOf("wie is de burgervader van Venlo?", "show_contacts")).toMatchObject({ role: "mayor" });
    expect(intentOf("wie is de raadsgriffier van Weert?", "show_contacts")).toMatchObject({ role: "clerk" });
    const aov = intentOf("wie is de aov'er van Roermond?", "show_contacts");
    expect([codeOf(aov.body), aov.role]).toEqual(["GM0957", "safety_officer"]);
  });

  it("name every value of the domain's enums", () => {
    expect([...contactRoles.values].sort()).toEqual(ContactRole.options.filter((r) => r !== "other").sort());
    expect([...staffRoles.values].sort()).toEqual([...StaffRole.options].sort());
    expect([...supportKinds.values].sort()).toEqual([...SupportKind.options].sort());
  });

  it("give every province of the domain an adjective, and read it back", () => {
    for (const province of provinces) {
      const forms = provinceFormsOf(province.code);
      expect(forms.length, province.name).toBeGreaterThan(0);
      for (const form of forms)
        expect(provinceWords.earliest(`welke ${form} gemeenten`), form).toBe(province.code);
    }
  });

  it("feed the typo corrector with their words, except those marked exact", () => {
    const keywords = new Set(typoKeywords());
    for (const vocabulary of vocabularies) {
      for (const word of vocabulary.keywords)
        expect(keywords.has(word), `${vocabulary.name}: ${word}`).toBe(true);
    }
    expect(keywords.has("lezer")).toBe(false);
  });
});
