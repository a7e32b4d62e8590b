import type { IncomingMessage, Lang, Reply } from "@weerbaar/assistant";
import { ActivityTypes, type TurnContext } from "botbuilder";
import type { Logger } from "pino";
import { choiceText, withLine } from "../cards/card-state.ts";
import { fallbackText } from "../cards/render-card.ts";
import {
  CARD_ACTION_INVOKE,
  type CardInvoke,
  type CardInvokeResponse,
  cardResponse,
  errorResponse,
  messageResponse,
  parseCardInvoke,
} from "../cards/universal-actions.ts";
import type { TeamsBotStore } from "../store-port.ts";
import { conversationKind, langHintOf } from "./activity.ts";
import { pressButton } from "./card-clicks.ts";
import type { OpenCard, ReplySender } from "./reply-sender.ts";

/** A button's value handed to the assistant as the presser's message. */
export type ButtonAnswer = {
  /** When the turn started (performance.now()), for the turn duration metric. */
  started: number;
  text: string;
  langHint?: Lang;
  questionOf?: IncomingMessage["questionOf"];
  /** Post the reply in the conversation (true), or only return it for the invoke response (false). */
  post: boolean;
};

/** Asks the assistant (see turn.ts); resolves with its reply, or undefined when the assistant failed. */
export type AnswerWith = (
  context: TurnContext,
  log: Logger,
  input: ButtonAnswer,
) => Promise<Reply | undefined>;

/** What the Action.Execute handler needs. */
export type CardActionDeps = { store: TeamsBotStore; replies: ReplySender; answer: AnswerWith };

const ALREADY_ANSWERED = {
  nl: "Deze vraag is al beantwoord.",
  en: "This question has already been answered.",
} as const;

/** The card everyone sees now: the answered one, or the card as it was posted. */
function currentCard(card: OpenCard) {
  return card.answered ?? card.card;
}

/**
 * Answers an `adaptiveCard/action` invoke (a Weerbaar Action.Execute button or card refresh) with the invoke
 * response Teams shows to the presser's client:
 * - the asker's first press: the card answered (buttons gone, the choice shown), also put in place for everyone
 *   with updateActivity; the assistant's reply to the answer is posted as usual;
 * - someone else's press: the card as everyone sees it, with the assistant's "this question was for …" under it;
 *   only the presser's client shows that (an invoke response goes to the client that asked), nothing changes;
 * - a press of a card already answered: the answered card;
 * - a refresh (the asker's client showing the card): the card as it is now.
 * Other invokes are left to botbuilder, which answers 501.
 */
export function createCardActionHandler(
  deps: CardActionDeps,
): (context: TurnContext, log: Logger) => Promise<void> {
  const respond = async (context: TurnContext, response: CardInvokeResponse) => {
    await context.sendActivity({ type: ActivityTypes.InvokeResponse, value: response });
  };

  const handle = async (
    context: TurnContext,
    log: Logger,
    invoke: CardInvoke,
    started: number,
  ): Promise<CardInvokeResponse> => {
    const kind = conversationKind(context.activity);
    if (invoke.kind === "refresh") {
      const card = await deps.replies.savedCard(invoke.replyId);
      log.debug({ event: "card_refreshed", kind, known: card !== undefined }, "card refreshed");
      return card ? cardResponse(currentCard(card)) : errorResponse(404, "unknown card");
    }
    const { submit } = invoke;
    const press = await pressButton(deps, context, submit);
    const lang = press.card?.lang ?? langHintOf(context.activity.locale) ?? "nl";
    if (press.kind === "repeated") {
      log.info({ event: "card_submit_repeated", kind }, "card already answered; ignored");
      return press.card ? cardResponse(currentCard(press.card)) : messageResponse(ALREADY_ANSWERED[lang]);
    }
    if (press.kind === "notYours") {
      const reply = await deps.answer(context, log, {
        started,
        text: submit.weerbaarValue,
        langHint: lang,
        questionOf: press.questionOf,
        post: false,
      });
      log.info({ event: "card_press_refused", kind, intent: reply?.intent }, "someone else's card pressed");
      const card = currentCard(press.card);
      return cardResponse(reply ? withLine(card, fallbackText(reply), "Warning") : card);
    }
    await deps.answer(context, log, { started, text: submit.weerbaarValue, langHint: lang, post: true });
    // A card the bot no longer knows (pruned) cannot be redrawn: the presser is told what was chosen.
    return press.card?.answered
      ? cardResponse(press.card.answered)
      : messageResponse(choiceText(lang, submit.weerbaarValue));
  };

  return async (context, log) => {
    const started = performance.now();
    if (context.activity.name !== CARD_ACTION_INVOKE) {
      log.debug({ event: "invoke_ignored", name: context.activity.name }, "invoke not handled");
      return;
    }
    const invoke = parseCardInvoke(context.activity.value);
    if (!invoke) {
      log.info({ event: "card_action_invalid" }, "card action that is not a Weerbaar button");
      await respond(context, errorResponse(400, "not a Weerbaar card action"));
      return;
    }
    try {
      await respond(context, await handle(context, log, invoke, started));
    } catch (error) {
      // Teams shows "unable to reach app" for an invoke without a response; the turn handler logs the error.
      await respond(context, errorResponse(500, "the card action failed"));
      throw error;
    }
  };
}
