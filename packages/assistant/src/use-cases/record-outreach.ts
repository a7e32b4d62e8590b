import { canWrite } from "@weerbaar/domain";
import type { PendingWrite } from "../conversation/pending.ts";
import { done, type Outcome, type Turn } from "../conversation/turn.ts";
import { t } from "../messages/labels.ts";
import type { Intent } from "../understanding/index.ts";
import { askForBody, askWhichBody } from "./ask-back.ts";
import { foundBodies } from "./body-ref.ts";
import { askToConfirm, executeWrite, readOnlyReply } from "./writes.ts";

type OutreachIntent = Extract<Intent, { intent: "record_outreach" }>;

/** Records a letter, call, meeting held or support decision for one or more bodies. */
export async function recordOutreach(turn: Turn, intent: OutreachIntent): Promise<Outcome> {
  if (!canWrite(turn.staff.role)) return done(readOnlyReply(turn.lang));
  if (intent.bodies.length === 0) return askForBody(turn.lang, intent);
  const ambiguous = intent.bodies.find((ref) => ref.status === "ambiguous");
  if (ambiguous?.status === "ambiguous") return askWhichBody(turn.lang, ambiguous.candidates, intent);
  const { bodies, guessed } = foundBodies(intent.bodies);
  const write: PendingWrite = {
    type: "record_outreach",
    bodyCodes: bodies.map((b) => b.code),
    event: intent.event,
    ...(intent.support ? { support: intent.support } : {}),
    ...(intent.reached !== undefined ? { reached: intent.reached } : {}),
    note: intent.note,
  };
  const { lang } = turn;
  if (guessed) {
    return askToConfirm(
      turn,
      write,
      t(lang, "Ik heb een naam verbeterd; controleer het even.", "I corrected a name; please check."),
    );
  }
  if (bodies.length > 1) {
    return askToConfirm(
      turn,
      write,
      t(lang, `Dit geldt voor ${bodies.length} organisaties.`, `This applies to ${bodies.length} bodies.`),
    );
  }
  return done(await executeWrite(turn, write));
}
