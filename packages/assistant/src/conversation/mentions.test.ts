import { describe, expect, it } from "vitest";
import { readMentions } from "./mentions.ts";

const lisa = {
  id: "teams:4F6B2C1D-0000-4000-8000-000000000001",
  name: "Lisa de Vries",
  text: "<at>Lisa</at>",
};
const piet = { id: "matrix:@piet:weerbaar.test", name: "Piet", text: "Piet" };

describe("readMentions", () => {
  it("writes each mention as the person's name and keeps its account", () => {
    expect(readMentions("maak <at>Lisa</at> beheerder", [lisa])).toEqual({
      text: "maak Lisa de Vries beheerder",
      people: [
        {
          identity: { platform: "teams", id: "4f6b2c1d-0000-4000-8000-000000000001" },
          name: "Lisa de Vries",
        },
      ],
    });
  });

  it("orders the people as they stand in the text, not as the platform listed them", () => {
    const read = readMentions("Piet en <at>Lisa</at>", [lisa, piet]);
    expect(read.people.map((p) => p.name)).toEqual(["Piet", "Lisa de Vries"]);
  });

  it("keeps a mention without an identity key as its name only, and never the console", () => {
    const read = readMentions("maak <at>Lisa</at> beheerder", [
      { ...lisa, id: "29:1a2b3c" },
      { id: "console:anna", name: "Anna", text: "Anna" },
    ]);
    expect(read).toEqual({ text: "maak Lisa de Vries beheerder", people: [] });
    const withoutAccount = readMentions("maak <at>Lisa</at> beheerder", [
      { name: "Lisa", text: "<at>Lisa</at>" },
    ]);
    expect(withoutAccount).toEqual({ text: "maak Lisa beheerder", people: [] });
  });

  it("falls back to the mention's text when the platform gave no name", () => {
    const read = readMentions("voeg <at>Lisa</at> toe", [{ ...lisa, name: " " }]);
    expect(read.text).toBe("voeg Lisa toe");
    expect(read.people[0]?.name).toBe("Lisa");
  });
});
