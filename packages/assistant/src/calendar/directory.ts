import type { Body, Contact, StaffMember } from "@weerbaar/domain";

/** Who and what a calendar names: bodies (default: the reference list), staff and contacts. */
export type CalendarDirectory = {
  bodies?: readonly Body[];
  staff: readonly StaffMember[];
  contacts: readonly Contact[];
};
