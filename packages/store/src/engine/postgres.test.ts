import { describe, expect, it } from "vitest";
import { parseUtcTimestamp } from "./postgres.ts";

describe("timestamps from PostgreSQL", () => {
  it("reads the UTC text the session sends, with and without fractions", () => {
    expect(parseUtcTimestamp("2023-10-26 11:30:00+00").toISOString()).toBe("2023-10-26T11:30:00.000Z");
    expect(parseUtcTimestamp("2024-03-31 01:00:00.5+00").toISOString()).toBe("2024-03-31T01:00:00.500Z");
    expect(parseUtcTimestamp("2026-11-23 08:00:00.123456+00").toISOString()).toBe("2026-11-23T08:00:00.123Z");
  });

  it("leaves other forms to pg's own parser", () => {
    expect(parseUtcTimestamp("2023-10-26 13:30:00+02").toISOString()).toBe("2023-10-26T11:30:00.000Z");
    expect(parseUtcTimestamp("infinity")).toBe(Number.POSITIVE_INFINITY);
  });
});
