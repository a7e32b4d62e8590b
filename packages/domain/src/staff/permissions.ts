import { match } from "ts-pattern";
import type { StaffRole } from "./staff.ts";

/** May this role record changes (survey, outreach, appointments)? Viewers only read. */
export function canWrite(role: StaffRole): boolean {
  return match(role)
    .with("admin", "advisor", "assistant", () => true)
    .with("viewer", () => false)
    .exhaustive();
}

/** May this role add, remove or change staff members? Only admins. */
export function canManageStaff(role: StaffRole): boolean {
  return role === "admin";
}
