import { describe, expect, it } from "vitest";
import {
  addAmsterdamDays,
  amsterdamDateKey,
  amsterdamFields,
  amsterdamInstant,
  amsterdamOffsetMinutes,
  formatAmsterdam,
  startOfAmsterdamDay,
  startOfAmsterdamWeek,
  toAmsterdam,
} from "./amsterdam.ts";

const iso = (d: Date) => d.toISOString();
const at = (z: string) => new Date(z);

describe("amsterdamInstant", () => {
  it("reads 13:30 on 26 October 2023 as summer time (11:30Z)", () => {
    expect(iso(amsterdamInstant(2023, 10, 26, 13, 30))).toBe("2023-10-26T11:30:00.000Z");
  });

  it("reads a January time as winter time (UTC+1)", () => {
    expect(iso(amsterdamInstant(2024, 1, 15, 9, 0))).toBe("2024-01-15T08:00:00.000Z");
  });

  it("regression: the doubled autumn hour no longer depends on the process zone (TZDate read it per zone)", () => {
    expect(iso(amsterdamInstant(2023, 10, 29, 2, 30))).toBe("2023-10-29T00:30:00.000Z");
  });

  it("moves a time in the skipped spring hour to the summer-time hour after it", () => {
    expect(iso(amsterdamInstant(2023, 3, 26, 2, 30))).toBe("2023-03-26T01:30:00.000Z");
  });
});

describe("toAmsterdam", () => {
  it("reads Amsterdam wall-clock fields from an instant", () => {
    const local = toAmsterdam(at("2023-10-26T22:30:00Z"));
    expect([local.getFullYear(), local.getMonth() + 1, local.getDate(), local.getHours()]).toEqual([
      2023, 10, 27, 0,
    ]);
  });
});

describe("amsterdamOffsetMinutes", () => {
  it("switches exactly at the autumn change (01:00Z), also after the hour before was asked", () => {
    expect(amsterdamOffsetMinutes(at("2023-10-29T00:59:59.999Z"))).toBe(120);
    expect(amsterdamOffsetMinutes(at("2023-10-29T01:00:00.000Z"))).toBe(60);
    expect(amsterdamOffsetMinutes(at("2023-10-29T00:00:00.000Z"))).toBe(120);
  });

  it("switches exactly at the spring change (01:00Z)", () => {
    expect(amsterdamOffsetMinutes(at("2024-03-31T00:30:00Z"))).toBe(60);
    expect(amsterdamOffsetMinutes(at("2024-03-31T01:00:00Z"))).toBe(120);
  });

  it("gives the same offset as Intl for every hour of a year (the remembered hours are right)", () => {
    const formatter = new Intl.DateTimeFormat("en-US", {
      timeZone: "Europe/Amsterdam",
      timeZoneName: "longOffset",
    });
    const intlOffset = (date: Date) => {
      const [hours = "0", minutes = "0"] = (formatter.format(date).split("GMT")[1] ?? "").split(":");
      return Number(hours) * 60 + Math.sign(Number(hours)) * Number(minutes);
    };
    const start = Date.UTC(2026, 0, 1);
    const wrong: string[] = [];
    for (let hour = 0; hour < 366 * 24; hour++) {
      const instant = new Date(start + hour * 3_600_000 + 1_234_567);
      if (amsterdamOffsetMinutes(instant) !== intlOffset(instant)) wrong.push(instant.toISOString());
    }
    expect(wrong).toEqual([]);
  });
});

describe("amsterdamFields", () => {
  it("reads the wall clock of the doubled autumn hour twice, first in summer time", () => {
    const first = amsterdamFields(at("2023-10-29T00:30:00Z"));
    const second = amsterdamFields(at("2023-10-29T01:30:00Z"));
    expect([first.hour, first.minute, second.hour, second.minute]).toEqual([2, 30, 2, 30]);
  });

  it("reads the next Amsterdam day and its weekday before UTC midnight", () => {
    expect(amsterdamFields(at("2023-10-26T22:30:00Z"))).toMatchObject({
      year: 2023,
      month0: 9,
      day: 27,
      weekday: 5,
      hour: 0,
      minute: 30,
    });
  });
});

describe("formatAmsterdam", () => {
  const meeting = at("2023-10-26T11:30:00Z");

  it("writes Dutch dates and times", () => {
    expect(formatAmsterdam(meeting, "nl", "datetime")).toBe("donderdag 26 oktober 2023 13:30");
    expect(formatAmsterdam(meeting, "nl", "weekday-date")).toBe("donderdag 26 oktober 2023");
    expect(formatAmsterdam(meeting, "nl", "date")).toBe("26 oktober 2023");
    expect(formatAmsterdam(meeting, "nl", "time")).toBe("13:30");
  });

  it("writes British English dates and times", () => {
    expect(formatAmsterdam(meeting, "en", "datetime")).toBe("Thursday 26 October 2023 13:30");
    expect(formatAmsterdam(meeting, "en", "weekday-date")).toBe("Thursday 26 October 2023");
    expect(formatAmsterdam(meeting, "en", "date")).toBe("26 October 2023");
  });

  it("writes the hours after both DST changes in the new offset", () => {
    expect(formatAmsterdam(at("2023-10-29T01:30:00Z"), "nl", "datetime")).toBe(
      "zondag 29 oktober 2023 02:30",
    );
    expect(formatAmsterdam(at("2023-10-30T08:00:00Z"), "nl", "time")).toBe("09:00");
    expect(formatAmsterdam(at("2024-03-31T01:00:00Z"), "en", "datetime")).toBe("Sunday 31 March 2024 03:00");
  });

  it("writes the Amsterdam date of an instant that is still the previous day in UTC", () => {
    expect(formatAmsterdam(at("2023-12-31T23:30:00Z"), "en", "date")).toBe("1 January 2024");
  });
});

describe("start of day and week", () => {
  it("finds Amsterdam midnight on the autumn DST Sunday (still summer time at midnight)", () => {
    expect(iso(startOfAmsterdamDay(at("2023-10-29T12:00:00Z")))).toBe("2023-10-28T22:00:00.000Z");
  });

  it("finds Amsterdam midnight on the spring DST Sunday (still winter time at midnight)", () => {
    expect(iso(startOfAmsterdamDay(at("2023-03-26T12:00:00Z")))).toBe("2023-03-25T23:00:00.000Z");
  });

  it("starts the week on Monday in Amsterdam", () => {
    expect(iso(startOfAmsterdamWeek(at("2023-10-29T12:00:00Z")))).toBe("2023-10-22T22:00:00.000Z");
    expect(iso(startOfAmsterdamWeek(at("2023-10-30T00:30:00Z")))).toBe("2023-10-29T23:00:00.000Z");
  });

  it("keys the Amsterdam calendar date", () => {
    expect(amsterdamDateKey(at("2023-10-26T22:30:00Z"))).toBe("2023-10-27");
  });
});

describe("addAmsterdamDays", () => {
  it("keeps 09:00 across the autumn change (07:00Z → 08:00Z)", () => {
    expect(iso(addAmsterdamDays(at("2026-10-23T07:00:00Z"), 3))).toBe("2026-10-26T08:00:00.000Z");
  });

  it("keeps 09:00 across the spring change (08:00Z → 07:00Z)", () => {
    expect(iso(addAmsterdamDays(at("2026-03-27T08:00:00Z"), 3))).toBe("2026-03-30T07:00:00.000Z");
  });

  it("goes back across a month boundary", () => {
    expect(iso(addAmsterdamDays(at("2023-11-01T08:00:00Z"), -7))).toBe("2023-10-25T07:00:00.000Z");
  });
});
