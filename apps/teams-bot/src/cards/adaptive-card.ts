/** One element of an Adaptive Card (TextBlock, FactSet, Table, Container, Image, …) as JSON. */
export type CardElement = { type: string } & Record<string, unknown>;

/** An Adaptive Card action (Action.Submit, Action.OpenUrl) as JSON. */
export type CardAction = { type: string; title: string } & Record<string, unknown>;

/** An Adaptive Card 1.5 as Teams receives it. */
export type AdaptiveCard = {
  type: "AdaptiveCard";
  $schema: string;
  version: "1.5";
  fallbackText: string;
  body: CardElement[];
  actions?: CardAction[];
  msteams?: { width: "Full" };
};

/** What an Action.Submit button of a Weerbaar card sends back as `activity.value`. */
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
