import { type ChatIdentity, identityKey } from "@weerbaar/domain";
import type { Lang } from "@weerbaar/reply";
import { textReply } from "@weerbaar/reply";
import { personOfDialogKey, sharedPrefix } from "../conversation/dialog-key.ts";
import { done, type Outcome, type Turn } from "../conversation/turn.ts";
import { t } from "../messages/labels.ts";

/**
 * In a shared conversation, an answer ("ja", "2", a button) from someone with no open question of their own is
 * meant for someone else's question: it changes nothing and says whose question it was. Undefined when nobody
 * else has a question open, so the message is handled as usual.
 */
export async function someoneElsesQuestion(turn: Turn): Promise<Outcome | undefined> {
  const own = identityKey(turn.message.identity);
  const open = await turn.store.conversations.openWithPrefix(sharedPrefix(turn.message));
  const asker = open.map((dialog) => personOfDialogKey(dialog.conversationId)).find((person) => person);
  if (!asker || identityKey(asker) === own) return undefined;
  return questionForSomeoneElse(turn, asker);
}

/**
 * What someone is told who answers a question that was asked of `askerName`: nothing changed. The one wording for
 * every path that refuses such an answer (a typed "ja" here, a Matrix reaction in the adapter).
 */
export function questionForSomeoneElseText(lang: Lang, askerName: string): string {
  return t(
    lang,
    `Deze vraag was voor ${askerName}; er is niets veranderd.`,
    `This question was for ${askerName}; nothing changed.`,
  );
}

/** The answer to someone who answered `asker`'s question: whose question it was; it changes nothing. */
export async function questionForSomeoneElse(turn: Turn, asker: ChatIdentity): Promise<Outcome> {
  const staff = await turn.store.staff.findByIdentity(asker);
  const name = staff?.displayName ?? identityKey(asker);
  return done(
    textReply(turn.lang, "question_for_someone_else", questionForSomeoneElseText(turn.lang, name), {
      askedOf: identityKey(asker),
    }),
  );
}
