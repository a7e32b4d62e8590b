// Adaptive Cards Universal Actions (schema 1.4+, Teams): buttons are Action.Execute, answered by the bot in an
// `adaptiveCard/action` invoke whose response carries the card the presser sees next. References: Microsoft's
// "Universal Action Model" (request/response format) and Teams' "Work with Universal Actions for Adaptive Cards"
// (refresh.userIds, Action.Submit fallback for older clients).
import {
  ADAPTIVE_CARD_CONTENT_TYPE,
  type AdaptiveCard,
  type CardAction,
  type CardRefresh,
  parseSubmitData,
  type SubmitData,
} from "./adaptive-card.ts";

/** The invoke `name` of an Action.Execute (a button or a refresh). */
export const CARD_ACTION_INVOKE = "adaptiveCard/action";

/** The verb of a Weerbaar answer button. */
export const ANSWER_VERB = "weerbaar.answer";

/** The verb of a Weerbaar card's refresh: "show me this card as it is now". */
export const REFRESH_VERB = "weerbaar.refresh";

/** The invoke-response `type` of a message (a string shown by the client). */
export const MESSAGE_RESPONSE_TYPE = "application/vnd.microsoft.activity.message";

/** The invoke-response `type` of an error. */
export const ERROR_RESPONSE_TYPE = "application/vnd.microsoft.error";

/** Button styles an Adaptive Card action knows. */
export type ButtonStyle = "positive" | "destructive" | "default";

/**
 * An answer button: Action.Execute with the answer as data, and the same answer as an Action.Submit fallback, so a
 * Teams client without Universal Actions still shows a button that works (it sends a message with `value`).
 */
export function answerButton(title: string, data: SubmitData, style?: ButtonStyle): CardAction {
  const styled = style && style !== "default" ? { style } : {};
  return {
    type: "Action.Execute",
    title,
    verb: ANSWER_VERB,
    data,
    ...styled,
    fallback: { type: "Action.Submit", title, data, ...styled },
  };
}

/** Whether the action is a Weerbaar answer button (Action.Execute, or an Action.Submit from older cards). */
export function isAnswerButton(action: CardAction): boolean {
  return action.type === "Action.Execute" || action.type === "Action.Submit";
}

/** The refresh that keeps the card current for `userIds` (at most 60 MRIs in Teams; the bot lists the asker). */
export function cardRefresh(replyId: string, userIds: string[]): CardRefresh {
  return {
    action: { type: "Action.Execute", verb: REFRESH_VERB, data: { weerbaarReplyId: replyId } },
    userIds,
  };
}

/** What an `adaptiveCard/action` invoke asks: an answer (a button) or the card's current state (a refresh). */
export type CardInvoke = { kind: "answer"; submit: SubmitData } | { kind: "refresh"; replyId: string };

/**
 * Reads the invoke's `value` (`{ action: { type, verb, data }, trigger }`), or undefined when it is not a
 * Weerbaar button or refresh.
 */
export function parseCardInvoke(value: unknown): CardInvoke | undefined {
  if (typeof value !== "object" || value === null) return undefined;
  const action = (value as { action?: unknown }).action;
  if (typeof action !== "object" || action === null) return undefined;
  const { verb, data } = action as { verb?: unknown; data?: unknown };
  if (verb === REFRESH_VERB) {
    const replyId = (data as { weerbaarReplyId?: unknown } | null | undefined)?.weerbaarReplyId;
    return typeof replyId === "string" && replyId.length > 0 && replyId.length <= 100
      ? { kind: "refresh", replyId }
      : undefined;
  }
  // A button without a verb of ours is still read by its data: the data is what identifies the answer.
  if (verb !== undefined && verb !== ANSWER_VERB) return undefined;
  const submit = parseSubmitData(data);
  return submit ? { kind: "answer", submit } : undefined;
}

/** The body of an `adaptiveCard/action` invoke response, inside the HTTP 200 the channel expects. */
export type CardInvokeResponse = {
  status: 200;
  body: { statusCode: number; type: string; value: unknown };
};

/** The response that shows `card` in place of the pressed one, to the client that pressed it. */
export function cardResponse(card: AdaptiveCard): CardInvokeResponse {
  return { status: 200, body: { statusCode: 200, type: ADAPTIVE_CARD_CONTENT_TYPE, value: card } };
}

/** The response that shows a short message and leaves the card as it is. */
export function messageResponse(text: string): CardInvokeResponse {
  return { status: 200, body: { statusCode: 200, type: MESSAGE_RESPONSE_TYPE, value: text } };
}

/** The response for an invoke the bot could not carry out (`statusCode` is the real outcome, the HTTP is 200). */
export function errorResponse(statusCode: 400 | 404 | 500, message: string): CardInvokeResponse {
  const code = statusCode === 400 ? "BadRequest" : statusCode === 404 ? "NotFound" : "InternalServerError";
  return { status: 200, body: { statusCode, type: ERROR_RESPONSE_TYPE, value: { code, message } } };
}
