import type { Action, Lang } from "../assistant-types.ts";

/** The question the bot asked: its actions, remembered so "2" or a 👍 on it can be mapped back. */
export type PendingQuestion = {
  eventId: string;
  conversationId: string;
  roomId: string;
  threadRoot?: string;
  isDirect: boolean;
  /** Who asked (empty for messages the bot started, e.g. reminders): only they answer it. */
  askedBy: string;
  actions: Action[];
  /** The question's language, for what the bot says about it later (questions stored before it: Dutch). */
  lang?: Lang;
};

/** Whether this person may answer the question: its asker, or anyone for a question the bot started. */
export function mayAnswer(question: PendingQuestion, userId: string): boolean {
  return question.askedBy === "" || question.askedBy === userId;
}

const NUMBER = /^\s*(\d{1,2})[.)]?\s*$/;

/** The value of the action the user picked by number ("1", "2.", "3)"), or undefined. */
export function actionByNumber(text: string, actions: readonly Action[]): string | undefined {
  const match = NUMBER.exec(text);
  if (!match) return undefined;
  return actions[Number(match[1]) - 1]?.value;
}

const bare = (text: string) => text.toLowerCase().replace(/[.!?]/g, "").trim();

/**
 * Whether a text is an answer to these actions: a number among them, or an action's value or label ("ja",
 * "Nee"). Used to tell an answer to a question someone replied to from other talk in that reply.
 */
export function answersActions(text: string, actions: readonly Action[]): boolean {
  if (actionByNumber(text, actions) !== undefined) return true;
  const said = bare(text);
  return said !== "" && actions.some((a) => bare(a.value) === said || bare(a.label) === said);
}

/** Drops emoji variation selectors and skin tones so 👍🏽 and 👍️ count as 👍. */
export function normalizeReaction(key: string): string {
  return key.replace(/[\u{FE0E}\u{FE0F}\u{1F3FB}-\u{1F3FF}]/gu, "");
}

/**
 * The value a reaction on a question stands for: 👍 confirms (the positive action, else the first of
 * two), 👎 cancels (the destructive action, else the last of two). Other reactions mean nothing.
 */
export function actionByReaction(key: string, actions: readonly Action[]): string | undefined {
  const emoji = normalizeReaction(key);
  if (emoji === "👍") {
    return (actions.find((a) => a.style === "positive") ?? (actions.length === 2 ? actions[0] : undefined))
      ?.value;
  }
  if (emoji === "👎") {
    return (actions.find((a) => a.style === "destructive") ?? (actions.length === 2 ? actions[1] : undefined))
      ?.value;
  }
  return undefined;
}
