import type { StaffMember } from "@weerbaar/domain";

const folded = (text: string) => text.trim().toLocaleLowerCase("nl");

/** Colleagues a name given in chat points at: the whole display name, else its first word ("Lisa" for Lisa Bakker). */
export function staffNamed(staff: readonly StaffMember[], name: string): StaffMember[] {
  const wanted = folded(name);
  const whole = staff.filter((m) => folded(m.displayName) === wanted);
  if (whole.length > 0) return whole;
  return staff.filter((m) => folded(m.displayName).split(/\s+/)[0] === wanted);
}

/** The colleague a name points at, also by the start of a name ("Pie" for Piet); the first of several. */
export function findColleague(staff: readonly StaffMember[], name: string): StaffMember | undefined {
  const wanted = folded(name);
  return staffNamed(staff, name)[0] ?? staff.find((m) => folded(m.displayName).startsWith(wanted));
}
