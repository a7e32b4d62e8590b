import type { ChannelActivity } from "@weerbaar/testing/bot-connector";

/** An Adaptive Card as JSON, loosely typed for assertions. */
export type CardJson = {
  type: string;
  version: string;
  fallbackText?: string;
  body: Record<string, unknown>[];
  actions?: {
    type: string;
    title: string;
    data?: { weerbaarValue: string; weerbaarReplyId: string };
    url?: string;
    /** An Action.Execute's verb. */
    verb?: string;
    /** What a client without Universal Actions shows instead (an Action.Submit). */
    fallback?: { type: string; title: string; data?: { weerbaarValue: string; weerbaarReplyId: string } };
  }[];
  /** The Action.Execute the listed users' clients invoke when they show the card. */
  refresh?: { action: { type: string; verb: string; data: Record<string, unknown> }; userIds: string[] };
};

/** The Adaptive Card of a bot activity; fails the test when there is none. */
export function cardOf(activity: ChannelActivity | undefined): CardJson {
  const attachments = activity?.attachments as { contentType: string; content: CardJson }[] | undefined;
  const card = attachments?.find((a) => a.contentType === "application/vnd.microsoft.card.adaptive")?.content;
  if (!card) throw new Error(`no Adaptive Card in ${JSON.stringify(activity)}`);
  return card;
}

/** Every TextBlock text of a card, depth first. */
export function textsOf(card: unknown): string[] {
  const texts: string[] = [];
  const walk = (node: unknown) => {
    if (Array.isArray(node)) return node.forEach(walk);
    if (typeof node !== "object" || node === null) return;
    const record = node as Record<string, unknown>;
    if (record.type === "TextBlock" && typeof record.text === "string") texts.push(record.text);
    for (const value of Object.values(record)) walk(value);
  };
  walk(card);
  return texts;
}

/** The element types used anywhere in a card. */
export function elementTypesOf(card: unknown): Set<string> {
  const types = new Set<string>();
  const walk = (node: unknown) => {
    if (Array.isArray(node)) return node.forEach(walk);
    if (typeof node !== "object" || node === null) return;
    const record = node as Record<string, unknown>;
    if (typeof record.type === "string") types.add(record.type);
    for (const value of Object.values(record)) walk(value);
  };
  walk(card);
  return types;
}
