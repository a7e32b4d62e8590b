import { describe, expect, it } from "vitest";
import { isDatabaseError } from "./database-errors.ts";

const named = (name: string, message = "failed") => Object.assign(new Error(message), { name });

describe("isDatabaseError", () => {
  it("recognises store, SQLite and PostgreSQL failures, also as a cause", () => {
    expect(isDatabaseError(named("StoreConnectionError"))).toBe(true);
    expect(
      isDatabaseError(Object.assign(named("SqliteError", "database is locked"), { code: "SQLITE_BUSY" })),
    ).toBe(true);
    expect(
      isDatabaseError(Object.assign(new Error("terminating"), { code: "57P01", severity: "FATAL" })),
    ).toBe(true);
    expect(isDatabaseError(new Error("driver has already been destroyed"))).toBe(true);
    expect(isDatabaseError(new Error("turn failed", { cause: named("SqliteError") }))).toBe(true);
  });

  it("does not count other failures", () => {
    expect(isDatabaseError(new Error("Teams answered 502"))).toBe(false);
    expect(isDatabaseError(Object.assign(new Error("refused"), { code: "ECONNREFUSED" }))).toBe(false);
    expect(isDatabaseError("string")).toBe(false);
    expect(isDatabaseError(undefined)).toBe(false);
  });
});
