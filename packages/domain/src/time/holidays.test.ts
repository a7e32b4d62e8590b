import { describe, expect, it } from "vitest";
import { dutchPublicHolidays, easterSunday, publicHolidayOn } from "./holidays.ts";

describe("easterSunday", () => {
  it.each([
    [2019, 4, 21],
    [2023, 4, 9],
    [2024, 3, 31],
    [2025, 4, 20],
    [2026, 4, 5],
    [2027, 3, 28],
    [2038, 4, 25],
    [2285, 3, 22],
  ])("puts Easter %i on %i-%i", (year, month, day) => {
    expect(easterSunday(year)).toEqual({ month, day });
  });
});

describe("dutchPublicHolidays", () => {
  it("lists the 2024 holidays in calendar order", () => {
    expect(dutchPublicHolidays(2024).map((h) => `${h.date} ${h.name.nl}`)).toEqual([
      "2024-01-01 Nieuwjaarsdag",
      "2024-03-29 Goede Vrijdag",
      "2024-03-31 Eerste Paasdag",
      "2024-04-01 Tweede Paasdag",
      "2024-04-27 Koningsdag",
      "2024-05-05 Bevrijdingsdag",
      "2024-05-09 Hemelvaartsdag",
      "2024-05-19 Eerste Pinksterdag",
      "2024-05-20 Tweede Pinksterdag",
      "2024-12-25 Eerste Kerstdag",
      "2024-12-26 Tweede Kerstdag",
    ]);
  });

  it("moves Koningsdag to 26 April when the 27th is a Sunday (2025)", () => {
    const kingsDay = dutchPublicHolidays(2025).find((h) => h.key === "kings_day");
    expect(kingsDay?.date).toBe("2025-04-26");
  });

  it("derives the moveable feasts of 2026 from Easter", () => {
    const byKey = new Map(dutchPublicHolidays(2026).map((h) => [h.key, h.date]));
    expect(byKey.get("good_friday")).toBe("2026-04-03");
    expect(byKey.get("easter_monday")).toBe("2026-04-06");
    expect(byKey.get("ascension_day")).toBe("2026-05-14");
    expect(byKey.get("whit_monday")).toBe("2026-05-25");
  });

  it("names every holiday in Dutch and English", () => {
    for (const holiday of dutchPublicHolidays(2023)) {
      expect(holiday.name.nl.length).toBeGreaterThan(0);
      expect(holiday.name.en.length).toBeGreaterThan(0);
    }
    expect(dutchPublicHolidays(2023).find((h) => h.key === "ascension_day")?.name).toEqual({
      nl: "Hemelvaartsdag",
      en: "Ascension Day",
    });
  });
});

describe("publicHolidayOn", () => {
  it("finds Koningsdag by an instant on that Amsterdam day", () => {
    expect(publicHolidayOn(new Date("2023-04-27T10:00:00Z"))?.key).toBe("kings_day");
  });

  it("uses the Amsterdam day: 23:30Z on 24 December is already Christmas in Amsterdam", () => {
    expect(publicHolidayOn(new Date("2023-12-24T23:30:00Z"))?.name.nl).toBe("Eerste Kerstdag");
    expect(publicHolidayOn(new Date("2023-12-24T22:30:00Z"))).toBeUndefined();
  });
});
