import type { IncomingMessage } from "@weerbaar/assistant";
import type { Activity, TurnContext } from "botbuilder";
import type { SubmitData } from "../cards/adaptive-card.ts";
import type { TeamsBotStore } from "../store-port.ts";
import { tenantOf } from "./activity.ts";
import type { CardAsker, OpenCard, ReplySender } from "./reply-sender.ts";

/**
 * What a button press comes to:
 * - `answer`: the first press by the asker (or by anyone, on a card without one); the card is closed for everyone
 *   and the value goes to the assistant as the answer.
 * - `repeated`: the card was answered already (a second click, a redelivery); nothing happens.
 * - `notYours`: someone else's question; the card stays as it is and the assistant is told whose question it was
 *   (`questionOf`), so it answers with that and changes nothing.
 */
export type ButtonPress =
  | { kind: "answer"; card?: OpenCard }
  | { kind: "repeated"; card?: OpenCard }
  | { kind: "notYours"; card: OpenCard; questionOf: NonNullable<IncomingMessage["questionOf"]> };

/** The kv key (processed events) that lets only the first answer to a card through. */
function answeredKey(replyId: string): string {
  return `teams:card-answer:${replyId}`;
}

/** Whether the activity comes from the card's asker (AAD object ids compare case-insensitively). */
function fromAsker(activity: Partial<Activity>, asker: CardAsker): boolean {
  const from = activity.from;
  if (!from) return false;
  return (from.aadObjectId ?? from.id).toLowerCase() === asker.aadObjectId.toLowerCase();
}

/**
 * Works out what a press of a Weerbaar button means, and for the asker's first press closes the card (updated for
 * everyone). Shared by Action.Execute (invoke) and its Action.Submit fallback (message with `value`).
 */
export async function pressButton(
  deps: { store: TeamsBotStore; replies: ReplySender },
  context: TurnContext,
  submit: SubmitData,
): Promise<ButtonPress> {
  const card = await deps.replies.savedCard(submit.weerbaarReplyId);
  if (card?.asker && !fromAsker(context.activity, card.asker)) {
    const tenantId = tenantOf(context.activity);
    return {
      kind: "notYours",
      card,
      questionOf: {
        platform: "teams",
        aadObjectId: card.asker.aadObjectId,
        ...(tenantId ? { tenantId } : {}),
      },
    };
  }
  if (card?.answered) return { kind: "repeated", card };
  // Atomic: of two presses (or two redeliveries) only the first passes.
  if (!(await deps.store.kv.markProcessed(answeredKey(submit.weerbaarReplyId)))) {
    return { kind: "repeated", ...(card ? { card } : {}) };
  }
  const closed = await deps.replies.closeCard(context, submit.weerbaarReplyId, submit.weerbaarValue);
  return { kind: "answer", ...(closed ? { card: closed } : {}) };
}
