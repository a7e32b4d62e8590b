import { describe, expect, it } from "vitest";
import { codeOf, intentOf } from "./test-support.ts";

describe("meetings", () => {
  it("books a meeting and keeps the time phrase for the time parser", () => {
    const intent = intentOf("plan een afspraak met Leudal donderdag 26 oktober om 13:30", "book_meeting");
    expect(codeOf(intent.body)).toBe("GM1640");
    expect(intent.whenText).toContain("donderdag 26 oktober om 13:30");
    expect(intent.whenText).not.toContain("Leudal");
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
