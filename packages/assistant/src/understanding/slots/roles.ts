import type { ContactRole, StaffRole } from "@weerbaar/domain";
import { contactRoles } from "../vocabulary/contact-roles.ts";
import { staffRoles } from "../vocabulary/staff-roles.ts";

/** The contact role named first in a normalized text, if any. */
export function extractContactRole(normalized: string): ContactRole | undefined {
  return contactRoles.earliest(normalized);
}

/** The staff role named in a normalized text, if any (the first in the table wins). */
export function extractStaffRole(normalized: string): StaffRole | undefined {
  return staffRoles.firstListed(normalized);
}
