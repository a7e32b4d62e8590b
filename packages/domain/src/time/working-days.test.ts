import { describe, expect, it } from "vitest";
import { amsterdamInstant } from "./amsterdam.ts";
import { addWorkingDays, isWorkingDay, nextWorkingMorning, workingDaysBetween } from "./working-days.ts";

const iso = (d: Date) => d.toISOString();

describe("isWorkingDay", () => {
  it("is true on an ordinary Thursday and false at the weekend", () => {
    expect(isWorkingDay(amsterdamInstant(2023, 10, 26, 13, 30))).toBe(true);
    expect(isWorkingDay(amsterdamInstant(2023, 10, 28, 13, 30))).toBe(false);
    expect(isWorkingDay(amsterdamInstant(2023, 10, 29, 13, 30))).toBe(false);
  });

  it("is false on a weekday public holiday (Hemelvaartsdag 2023)", () => {
    expect(isWorkingDay(amsterdamInstant(2023, 5, 18, 10, 0))).toBe(false);
  });

  it("judges by the Amsterdam day: Monday 00:30 Amsterdam is Sunday in UTC", () => {
    expect(isWorkingDay(new Date("2023-10-29T23:30:00Z"))).toBe(true);
    expect(isWorkingDay(new Date("2023-10-29T22:30:00Z"))).toBe(false);
  });
});

describe("addWorkingDays", () => {
  it("skips the weekend and keeps 09:00 across the autumn change", () => {
    expect(iso(addWorkingDays(amsterdamInstant(2023, 10, 27, 9, 0), 1))).toBe("2023-10-30T08:00:00.000Z");
  });

  it("skips Good Friday, Easter and Easter Monday 2024 (and the spring change)", () => {
    expect(iso(addWorkingDays(amsterdamInstant(2024, 3, 28, 10, 0), 1))).toBe("2024-04-02T08:00:00.000Z");
  });

  it("goes back with a negative count", () => {
    expect(iso(addWorkingDays(amsterdamInstant(2023, 10, 30, 9, 0), -1))).toBe("2023-10-27T07:00:00.000Z");
  });

  it("counts from a weekend day: Saturday plus one is Monday", () => {
    expect(iso(addWorkingDays(amsterdamInstant(2023, 10, 28, 12, 0), 1))).toBe("2023-10-30T11:00:00.000Z");
  });

  it("returns the same instant for zero and refuses fractions", () => {
    const t = amsterdamInstant(2023, 10, 28, 12, 0);
    expect(iso(addWorkingDays(t, 0))).toBe(iso(t));
    expect(() => addWorkingDays(t, 1.5)).toThrow(/whole number/);
  });
});

describe("workingDaysBetween", () => {
  it("counts Friday to Monday as one working day", () => {
    expect(
      workingDaysBetween(amsterdamInstant(2023, 10, 27, 16, 0), amsterdamInstant(2023, 10, 30, 8, 0)),
    ).toBe(1);
  });

  it("is zero within a day and negative backwards", () => {
    const monday = amsterdamInstant(2023, 10, 30, 8, 0);
    expect(workingDaysBetween(monday, amsterdamInstant(2023, 10, 30, 18, 0))).toBe(0);
    expect(workingDaysBetween(monday, amsterdamInstant(2023, 10, 23, 8, 0))).toBe(-5);
  });

  it("inverts addWorkingDays over Christmas", () => {
    const start = amsterdamInstant(2023, 12, 20, 9, 0);
    for (const n of [1, 3, 5, 10, -4]) expect(workingDaysBetween(start, addWorkingDays(start, n))).toBe(n);
  });

  it("counts 15 working days over three weeks without holidays", () => {
    expect(workingDaysBetween(amsterdamInstant(2023, 9, 4, 9, 0), amsterdamInstant(2023, 9, 25, 9, 0))).toBe(
      15,
    );
  });
});

describe("nextWorkingMorning", () => {
  it("is the next day's 09:00 even late in the Amsterdam evening (21:30Z is 23:30 Amsterdam)", () => {
    expect(iso(nextWorkingMorning(new Date("2023-10-26T21:30:00Z")))).toBe("2023-10-27T07:00:00.000Z");
  });

  it("skips Easter 2024 and takes another hour when asked", () => {
    expect(iso(nextWorkingMorning(amsterdamInstant(2024, 3, 28, 15, 0), 10))).toBe(
      "2024-04-02T08:00:00.000Z",
    );
  });
});
