import { describe, expect, it } from "vitest";
import { canManageStaff, canWrite } from "./permissions.ts";
import { StaffRole } from "./staff.ts";

describe("permissions", () => {
  it("lets every role but viewer write", () => {
    expect(StaffRole.options.filter(canWrite)).toEqual(["admin", "advisor", "assistant"]);
  });

  it("lets only admins manage staff", () => {
    expect(StaffRole.options.filter(canManageStaff)).toEqual(["admin"]);
  });
});
