import { canManageStaff, staffRoleLabel } from "@weerbaar/domain";
import { done, type Outcome, type Turn } from "../conversation/turn.ts";
import { t } from "../messages/labels.ts";
import { textReply } from "../reply/reply.ts";
import type { Intent } from "../understanding/index.ts";
import { staffNamed } from "./staff-names.ts";
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
          `Ik ken geen medewerker "${intent.name}". Voeg een nieuwe collega toe met het account, bijvoorbeeld: "voeg matrix:@piet:example.org toe als adviseur, naam Piet".`,
          `I know no staff member "${intent.name}". Add a new colleague with the account, for example: "add matrix:@piet:example.org as advisor named Piet".`,
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
  if (!intent.role) {
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
  if (member.role === intent.role) {
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
    role: intent.role,
  });
}

/** Admins add a colleague by chat account; always confirmed, since it grants access to sensitive data. */
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
          'Noem het account, bijvoorbeeld: "voeg matrix:@piet:example.org toe als adviseur, naam Piet" of "teams:<aad-object-id>".',
          'Name the account, for example: "add matrix:@piet:example.org as advisor named Piet" or "teams:<aad-object-id>".',
        ),
      ),
    );
  }
  const name = intent.name ?? intent.identity.id;
  return askToConfirm(turn, {
    type: "add_staff",
    name,
    role: intent.role ?? "advisor",
    identity: intent.identity,
  });
}
