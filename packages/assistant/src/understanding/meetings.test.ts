import { describe, expect, it } from "vitest";
import { codeOf, intentOf } from "./test-support.ts";

describe("meetings", () => {
  it("books a meeting and keeps the time phrase for the time parser", () => {
    const intent = intentOf("plan een afspraak met Leudal donderdag 26 oktober om 13:30", "book_meeting");
    expect(codeOf(intent.body)).toBe("GM1640");
    expect(intent.whenText).toContain("donderdag 26 oktober om 13:30");
    expect(intent.whenText).not.toContain("Leudal");
  });

  it("regression: a town named as the place ('in Roermond') was taken as the body, or not read at all", () => {
    for (const text of [
      "plan een afspraak met Leudal donderdag 26 oktober om 13:30 in Roermond",
      "plan in Roermond een afspraak met Leudal donderdag 26 oktober om 13:30",
      "plan te Roermond een afspraak bij de gemeente Leudal op 26 oktober om 13:30",
    ]) {
      const intent = intentOf(text, "book_meeting");
      expect([codeOf(intent.body), intent.place], text).toEqual(["GM1640", "Roermond"]);
      expect(intent.whenText).not.toMatch(/Roermond|Leudal/);
    }
    const english = intentOf(
      "schedule a meeting with Venlo on Thursday at 10:00 in Maastricht",
      "book_meeting",
    );
    expect([codeOf(english.body), english.place]).toEqual(["GM0983", "Maastricht"]);
  });

  it("reads a body after 'in' as the body when it is the only one, and a province after it as a qualifier", () => {
    const only = intentOf("plan een afspraak in Roermond op 27 oktober om 11:00", "book_meeting");
    expect([codeOf(only.body), only.place]).toEqual(["GM0957", undefined]);
    const qualified = intentOf(
      "plan een afspraak met Bergen in Limburg op 27 oktober om 11:00",
      "book_meeting",
    );
    expect([codeOf(qualified.body), qualified.place]).toEqual(["GM0893", undefined]);
  });

  it("moves or cancels the meeting with the body after 'met', not the town it is in", () => {
    expect(
      codeOf(intentOf("verzet de afspraak in Roermond met Leudal naar vrijdag", "reschedule_meeting").body),
    ).toBe("GM1640");
    expect(codeOf(intentOf("annuleer de afspraak in Venlo met Leudal", "cancel_meeting").body)).toBe(
      "GM1640",
    );
  });

  it("tolerates a typo in 'afspraak'", () => {
    expect(codeOf(intentOf("plan een afpsraak met Venlo vrijdag", "book_meeting").body)).toBe("GM0983");
  });

  it("reschedules", () => {
    expect(codeOf(intentOf("verzet de afspraak met Leudal naar vrijdag", "reschedule_meeting").body)).toBe(
      "GM1640",
    );
  });

  it("cancels with a reason", () => {
    expect(
      intentOf("annuleer het gesprek met Venlo want de burgemeester is ziek", "cancel_meeting").reason,
    ).toBe("de burgemeester is ziek");
  });

  it("reads agenda ranges and whose agenda", () => {
    expect(intentOf("mijn afspraken voor morgen", "agenda")).toMatchObject({
      range: "tomorrow",
      staff: "mine",
    });
    expect(intentOf("agenda next week", "agenda").range).toBe("next_week");
    expect(intentOf("laat de agenda van Piet zien", "agenda").staff).toBe("Piet");
  });
});
