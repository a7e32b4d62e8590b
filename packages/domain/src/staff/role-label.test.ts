import { describe, expect, it } from "vitest";
import { staffRoleLabel } from "./role-label.ts";
import { StaffRole } from "./staff.ts";

describe("staffRoleLabel", () => {
  it("names every role in Dutch and English, differently", () => {
    expect(staffRoleLabel("advisor", "nl")).toBe("adviseur");
    expect(staffRoleLabel("viewer", "en")).toBe("viewer (read only)");
    const dutch = StaffRole.options.map((r) => staffRoleLabel(r, "nl"));
    expect(new Set(dutch).size).toBe(StaffRole.options.length);
  });
});
