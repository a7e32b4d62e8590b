import { IdentityKey, identityKey, type StaffMember } from "@weerbaar/domain";
import type { StaffIdentity } from "../understanding/index.ts";

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

/** The colleague behind a chat account (an @mention or a typed "teams:<id>"), or undefined when nobody has it. */
export function staffWithIdentity(
  staff: readonly StaffMember[],
  identity: StaffIdentity,
): StaffMember | undefined {
  const parsed = IdentityKey.safeParse(`${identity.platform}:${identity.id}`);
  if (!parsed.success) return undefined;
  const wanted = identityKey(parsed.data);
  return staff.find((m) => m.identities.some((i) => identityKey(i) === wanted));
}

/** The colleague a command points at: by account when it has one (an @mention), else by name. */
export function findColleagueBy(
  staff: readonly StaffMember[],
  colleague: { name: string; identity?: StaffIdentity | undefined },
): StaffMember | undefined {
  if (colleague.identity) return staffWithIdentity(staff, colleague.identity);
  return findColleague(staff, colleague.name);
}
