/** One element of an Adaptive Card (TextBlock, FactSet, Table, Container, Image, …) as JSON. */
export type CardElement = { type: string } & Record<string, unknown>;

/** An Adaptive Card action (Action.Execute, Action.Submit, Action.OpenUrl) as JSON. */
export type CardAction = { type: string; title: string } & Record<string, unknown>;

/**
 * A card's `refresh`: the Action.Execute the Teams clients of `userIds` (user MRIs, `29:…`) invoke when they show
 * the card, so those users see its current state rather than the one it was posted with.
 */
export type CardRefresh = {
  action: { type: "Action.Execute"; verb: string; data: Record<string, unknown> };
  userIds: string[];
};

/** An Adaptive Card 1.5 as Teams receives it. */
export type AdaptiveCard = {
  type: "AdaptiveCard";
  $schema: string;
  version: "1.5";
  fallbackText: string;
  body: CardElement[];
  actions?: CardAction[];
  refresh?: CardRefresh;
  /** Teams' card options: the full width, and the mentions in the card's text (see card-mentions.ts). */
  msteams?: { width: "Full"; entities?: CardMention[] };
};

/** A Teams @mention in a card: `text` (`<at>Name</at>`) stands in a TextBlock, `mentioned.id` is the Entra object id. */
export type CardMention = { type: "mention"; text: string; mentioned: { id: string; name: string } };

/**
 * What a button of a Weerbaar card carries: Action.Execute sends it as the invoke's `value.action.data`, its
 * Action.Submit fallback (older clients) as the message's `value`.
 */
export type SubmitData = { weerbaarValue: string; weerbaarReplyId: string };

/** The content type of an Adaptive Card attachment. */
export const ADAPTIVE_CARD_CONTENT_TYPE = "application/vnd.microsoft.card.adaptive";

/** The JSON schema URL every card declares. */
export const ADAPTIVE_CARD_SCHEMA = "http://adaptivecards.io/schemas/adaptive-card.json";

/** Reads the submit data of a Weerbaar card from `activity.value`, or undefined when it is something else. */
export function parseSubmitData(value: unknown): SubmitData | undefined {
  if (typeof value !== "object" || value === null) return undefined;
  const { weerbaarValue, weerbaarReplyId } = value as Record<string, unknown>;
  if (typeof weerbaarValue !== "string" || typeof weerbaarReplyId !== "string") return undefined;
  if (weerbaarValue.length === 0 || weerbaarValue.length > 500 || weerbaarReplyId.length > 100)
    return undefined;
  return { weerbaarValue, weerbaarReplyId };
}
