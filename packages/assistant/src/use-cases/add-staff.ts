import { canManageStaff, type StaffMember, type StaffRole, staffRoleLabel } from "@weerbaar/domain";
import { textReply } from "@weerbaar/reply";
import { done, type Outcome, type Turn } from "../conversation/turn.ts";
import { t } from "../messages/labels.ts";
import type { Intent } from "../understanding/index.ts";
import { staffNamed, staffWithIdentity } from "./staff-names.ts";
import { askToConfirm } from "./writes.ts";

type AddStaffIntent = Extract<Intent, { intent: "add_staff" }>;

/** A colleague's role changed by name ("maak Lisa beheerder"); confirmed like every change of access. */
async function changeRole(turn: Turn, intent: AddStaffIntent & { name: string }): Promise<Outcome> {
  const { lang } = turn;
  const matches = staffNamed(await turn.store.staff.list(), intent.name);
  const [member] = matches;
  if (!member) {
    return done(
      textReply(
        lang,
        "staff_unknown",
        t(
          lang,
          `Ik ken geen medewerker "${intent.name}". Voeg een nieuwe collega toe door die te @vermelden of met het account, bijvoorbeeld: "voeg @Piet toe als adviseur" of "voeg matrix:@piet:example.org toe als adviseur, naam Piet".`,
          `I know no staff member "${intent.name}". Add a new colleague by @mentioning them or with the account, for example: "add @Piet as advisor" or "add matrix:@piet:example.org as advisor named Piet".`,
        ),
      ),
    );
  }
  if (matches.length > 1) {
    const names = matches.map((m) => m.displayName).join(", ");
    return done(
      textReply(
        lang,
        "staff_ambiguous",
        t(
          lang,
          `Er zijn meer medewerkers met die naam (${names}). Noem de volledige naam.`,
          `More than one staff member has that name (${names}). Use the full name.`,
        ),
      ),
    );
  }
  return setRole(turn, member, intent.role);
}

/** Gives a known colleague a role: asks which one when none was named, confirms a change. */
async function setRole(turn: Turn, member: StaffMember, role: StaffRole | undefined): Promise<Outcome> {
  const { lang } = turn;
  if (!role) {
    return done(
      textReply(
        lang,
        "add_staff_incomplete",
        t(
          lang,
          `Welke rol krijgt ${member.displayName}? Bijvoorbeeld: "maak ${member.displayName} beheerder".`,
          `Which role should ${member.displayName} get? For example: "make ${member.displayName} an admin".`,
        ),
      ),
    );
  }
  if (member.role === role) {
    return done(
      textReply(
        lang,
        "staff_role_unchanged",
        t(
          lang,
          `${member.displayName} is al ${staffRoleLabel(member.role, lang)}.`,
          `${member.displayName} already is ${staffRoleLabel(member.role, lang)}.`,
        ),
      ),
    );
  }
  return askToConfirm(turn, {
    type: "set_staff_role",
    staffId: member.id,
    name: member.displayName,
    role,
  });
}

/**
 * Admins add a colleague by chat account (typed or @mentioned); always confirmed, since it grants access to
 * sensitive data. An account that already belongs to a colleague changes that colleague's role instead.
 */
export async function addStaff(turn: Turn, intent: AddStaffIntent): Promise<Outcome> {
  const { lang } = turn;
  if (!canManageStaff(turn.staff.role)) {
    return done(
      textReply(
        lang,
        "forbidden",
        t(lang, "Alleen beheerders voegen medewerkers toe.", "Only admins add staff."),
      ),
    );
  }
  if (!intent.identity && intent.name) return changeRole(turn, { ...intent, name: intent.name });
  if (!intent.identity) {
    return done(
      textReply(
        lang,
        "add_staff_incomplete",
        t(
          lang,
          'Wie bedoel je? @Vermeld de collega of noem het account, bijvoorbeeld: "voeg @Piet toe als adviseur" of "voeg matrix:@piet:example.org toe als adviseur, naam Piet".',
          'Who do you mean? @Mention the colleague or name the account, for example: "add @Piet as advisor" or "add matrix:@piet:example.org as advisor named Piet".',
        ),
      ),
    );
  }
  const known = staffWithIdentity(await turn.store.staff.list(), intent.identity);
  if (known) return setRole(turn, known, intent.role);
  const name = intent.name ?? intent.identity.id;
  return askToConfirm(turn, {
    type: "add_staff",
    name,
    role: intent.role ?? "advisor",
    identity: intent.identity,
  });
}
