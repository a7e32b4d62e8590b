import { describe, expect, it } from "vitest";
import { understand } from "../understand.ts";
import { factKind } from "./note-facts.ts";
import { readCallNote } from "./read-note.ts";

const kinds = (note: string) => readCallNote(note, "nl")?.facts.map((f) => factKind(f.reading));

describe("a call note", () => {
  it("is two sentences or more with facts of more than one kind", () => {
    expect(kinds("Venlo gebeld. Ze hebben geen gedragscode.")).toEqual(["outreach", "survey"]);
    expect(readCallNote("Venlo heeft geen protocol. Leudal ook niet.", "nl")).toBeUndefined();
  });

  it("or opens as one, with a fact in it", () => {
    expect(kinds("Gesprek met Leudal. Het weer was mooi.")).toEqual(["outreach"]);
    expect(kinds("Notitie: Leudal heeft geen protocol. Het weer was mooi.")).toEqual(["survey"]);
    expect(readCallNote("Notitie: het weer was mooi. Verder niets.", "nl")).toBeUndefined();
  });

  it("is never a single sentence: that keeps its single-message meaning", () => {
    expect(readCallNote("Leudal heeft een protocol maar het ligt op de plank", "nl")).toBeUndefined();
    expect(readCallNote("Notitie: Venlo heeft geen protocol.", "nl")).toBeUndefined();
    expect(understand("Leudal heeft een protocol maar het ligt op de plank").intent.intent).toBe(
      "update_survey",
    );
    expect(understand("Gesprek met griffier Marieke Peters van Venray.").intent.intent).not.toBe("call_note");
  });

  it("lists the sentences that hold no fact as not used", () => {
    expect(readCallNote("Venlo gebeld. Geen protocol. De koffie was koud.", "nl")?.unused).toEqual([
      "De koffie was koud.",
    ]);
  });

  it("adds a phone number or e-mail address of its own sentence to the contact before it", () => {
    const note = readCallNote(
      "Gesprek met wethouder Kees Bos van Gennep. Zijn nummer is 0485 123456. Geen protocol.",
      "nl",
    );
    const contact = note?.facts.find((f) => f.reading.intent === "add_contact");
    expect(contact?.reading).toMatchObject({ name: "Kees Bos", role: "alderman", phone: "0485 123456" });
    expect(contact?.sentence).toBe("Gesprek met wethouder Kees Bos van Gennep. Zijn nummer is 0485 123456.");
    expect(note?.unused).toEqual([]);
  });

  it("reads several contacts of one sentence, one per part", () => {
    const note = readCallNote(
      "Aanwezig waren griffier Marieke Peters, burgemeester Hans de Wit en wethouder Kees Bos. Venray heeft geen protocol.",
      "nl",
    );
    const contacts = note?.facts.flatMap((f) => (f.reading.intent === "add_contact" ? [f.reading] : []));
    expect(contacts?.map((c) => [c.name, c.role])).toEqual([
      ["Marieke Peters", "clerk"],
      ["Hans de Wit", "mayor"],
      ["Kees Bos", "alderman"],
    ]);
  });

  it("reads what is still to do as a follow-up, not as something that happened", () => {
    expect(kinds("Venlo gebeld. Stuur begin december een brief.")).toEqual(["outreach", "follow_up"]);
  });

  it("reads support wanted and support not wanted", () => {
    for (const declined of [
      "Ze willen geen training.",
      "Moderatie hoeft niet.",
      "They do not want a training.",
    ]) {
      const note = readCallNote(`Venlo gebeld. ${declined}`, "nl");
      expect(note?.facts.map((f) => f.reading.intent === "record_outreach" && f.reading.event)).toEqual([
        "called",
        "support_declined",
      ]);
    }
    const wanted = readCallNote("Venlo gebeld. De burgemeester wil een training voor de raad.", "nl");
    expect(wanted?.facts[1]?.reading).toMatchObject({ event: "support_offered", support: ["training"] });
  });

  it("reads English notes", () => {
    expect(
      readCallNote(
        "Call with the mayor of Venlo. They have a code of conduct. Call back in two weeks.",
        "en",
      )?.facts.map((f) => factKind(f.reading)),
    ).toEqual(["outreach", "survey", "follow_up"]);
  });
});
