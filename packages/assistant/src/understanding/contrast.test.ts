import { describe, expect, it } from "vitest";
import { withoutRejectedAlternatives } from "./contrast.ts";
import { understand } from "./understand.ts";

const squeezed = (text: string) => withoutRejectedAlternatives(text).replace(/\s+/g, " ").trim();

describe("a value named only to be rejected", () => {
  it("is blanked out with its negation, whether the value meant comes after or before it", () => {
    expect(squeezed("plan het gesprek, niet morgen maar vrijdag om 10 uur")).toBe(
      "plan het gesprek, maar vrijdag om 10 uur",
    );
    expect(squeezed("welke afspraken deze week, niet volgende week")).toBe("welke afspraken deze week,");
    expect(squeezed("maak Joris geen beheerder maar meelezer")).toBe("maak Joris maar meelezer");
    expect(squeezed("het overleg kan donderdag niet, maak er vrijdag van")).toBe(
      "het overleg kan , maak er vrijdag van",
    );
  });

  it("keeps positions, so names found in the text stay where they are", () => {
    const text = "afspraak met Sittard-Geleen niet morgen maar vrijdag";
    const blanked = withoutRejectedAlternatives(text);
    expect(blanked).toHaveLength(text.length);
    expect(blanked.indexOf("Sittard-Geleen")).toBe(text.indexOf("Sittard-Geleen"));
  });

  it("leaves two different facts alone", () => {
    for (const text of [
      "Waalre heeft geen protocol maar wel een gedragscode",
      "Horst aan de Maas heeft geen behoefte aan ondersteuning",
      "niet vandaag",
    ]) {
      expect(withoutRejectedAlternatives(text)).toBe(text);
    }
  });

  it("gives the value meant, and quotes the message as written in a note", () => {
    expect(understand("zet de herinneringen voor afspraken niet uit maar juist aan").intent.intent).toBe(
      "subscribe_reminders",
    );
    expect(understand("don't make Joris an admin, make him a viewer").intent).toMatchObject({
      role: "viewer",
    });
    const offered = understand("we hebben Hardenberg geen training maar moderatie aangeboden").intent;
    expect(offered).toMatchObject({
      intent: "record_outreach",
      support: ["moderation"],
      note: "we hebben Hardenberg geen training maar moderatie aangeboden",
    });
  });
});
