import { canManageStaff } from "@weerbaar/domain";
import { done, type Outcome, type Turn } from "../conversation/turn.ts";
import { t } from "../messages/labels.ts";
import { textReply } from "../reply/reply.ts";
import type { Intent } from "../understanding/index.ts";
import { askToConfirm } from "./writes.ts";

type AddStaffIntent = Extract<Intent, { intent: "add_staff" }>;

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
