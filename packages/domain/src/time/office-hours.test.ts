import { describe, expect, it } from "vitest";
import { amsterdamInstant } from "./amsterdam.ts";
import { describeOfficeHoursProblem, officeHoursProblems } from "./office-hours.ts";

const meeting = (y: number, m: number, d: number, h: number, min: number, minutes = 60) => {
  const start = amsterdamInstant(y, m, d, h, min);
  return [start, new Date(start.getTime() + minutes * 60_000)] as const;
};

describe("officeHoursProblems", () => {
  it("finds nothing wrong with Thursday 26 October 2023 13:30–14:30", () => {
    expect(officeHoursProblems(...meeting(2023, 10, 26, 13, 30))).toEqual([]);
  });

  it("accepts 08:00 starts and 20:00 ends exactly", () => {
    expect(officeHoursProblems(...meeting(2023, 10, 26, 8, 0))).toEqual([]);
    expect(officeHoursProblems(...meeting(2023, 10, 26, 19, 0))).toEqual([]);
  });

  it("flags a start before 08:00 and an end after 20:00 in Amsterdam time", () => {
    expect(officeHoursProblems(...meeting(2023, 10, 26, 7, 30)).map((p) => p.kind)).toEqual([
      "before_office_hours",
    ]);
    expect(officeHoursProblems(...meeting(2023, 10, 26, 19, 30)).map((p) => p.kind)).toEqual([
      "after_office_hours",
    ]);
  });

  it("flags a meeting running past midnight as after office hours", () => {
    expect(officeHoursProblems(...meeting(2023, 10, 26, 19, 0, 5 * 60)).map((p) => p.kind)).toEqual([
      "after_office_hours",
    ]);
  });

  it("flags weekends and names the public holiday", () => {
    expect(officeHoursProblems(...meeting(2023, 10, 28, 10, 0)).map((p) => p.kind)).toEqual(["weekend"]);
    const kingsDay = officeHoursProblems(...meeting(2023, 4, 27, 10, 0));
    expect(kingsDay).toHaveLength(1);
    expect(kingsDay[0]?.kind === "public_holiday" && kingsDay[0].holiday.name.nl).toBe("Koningsdag");
  });

  it("flags both when Christmas falls on a Sunday (2022)", () => {
    expect(officeHoursProblems(...meeting(2022, 12, 25, 10, 0)).map((p) => p.kind)).toEqual([
      "weekend",
      "public_holiday",
    ]);
  });
});

describe("describeOfficeHoursProblem", () => {
  it("phrases each problem in Dutch and English", () => {
    const [early] = officeHoursProblems(...meeting(2023, 10, 26, 7, 30));
    const [late] = officeHoursProblems(...meeting(2023, 10, 26, 19, 30));
    const [weekend] = officeHoursProblems(...meeting(2023, 10, 28, 10, 0));
    const [holiday] = officeHoursProblems(...meeting(2023, 5, 18, 10, 0));
    if (!early || !late || !weekend || !holiday) throw new Error("expected four problems");
    expect(describeOfficeHoursProblem(early, "nl")).toBe("begint om 07:30, vóór 08:00");
    expect(describeOfficeHoursProblem(early, "en")).toBe("starts at 07:30, before 08:00");
    expect(describeOfficeHoursProblem(late, "nl")).toBe("eindigt om 20:30, na 20:00");
    expect(describeOfficeHoursProblem(weekend, "en")).toBe("falls on a weekend (Saturday 28 October 2023)");
    expect(describeOfficeHoursProblem(weekend, "nl")).toBe("valt in het weekend (zaterdag 28 oktober 2023)");
    expect(describeOfficeHoursProblem(holiday, "nl")).toBe("valt op een feestdag: Hemelvaartsdag");
    expect(describeOfficeHoursProblem(holiday, "en")).toBe("falls on a public holiday: Ascension Day");
  });
});
