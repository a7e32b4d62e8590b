import { describe, expect, it } from "vitest";
import { understand } from "../understand.ts";
import type { MentionedPerson } from "./colleague.ts";

const lisa: MentionedPerson = {
  identity: { platform: "teams", id: "4f6b2c1d-8e9a-4b3c-a2d1-0e9f8a7b6c5d" },
  name: "Lisa de Vries",
};

describe("the colleague slot", () => {
  it("takes a new colleague's account and full name from the mention", () => {
    expect(understand("voeg Lisa de Vries toe als adviseur", { people: [lisa] }).intent).toEqual({
      intent: "add_staff",
      name: "Lisa de Vries",
      role: "advisor",
      identity: lisa.identity,
    });
  });

  it("takes the account when the mention shows a short name", () => {
    expect(understand("maak Lisa beheerder", { people: [lisa] }).intent).toEqual({
      intent: "add_staff",
      name: "Lisa de Vries",
      role: "admin",
      identity: lisa.identity,
    });
  });

  it("gives every colleague command the mention: the agenda too", () => {
    expect(understand("laat de agenda van Lisa zien", { people: [lisa] }).intent).toMatchObject({
      intent: "agenda",
      staff: "Lisa de Vries",
      staffIdentity: lisa.identity,
    });
  });

  it("reads the name from the text when nobody is mentioned", () => {
    expect(understand("maak Lisa beheerder").intent).toEqual({
      intent: "add_staff",
      name: "Lisa",
      role: "admin",
    });
  });
});
