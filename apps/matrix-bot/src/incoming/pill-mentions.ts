import type { MessageMention } from "../assistant-types.ts";

const PILL =
  /<a\s[^>]*?href\s*=\s*(["'])https:\/\/matrix\.to\/#\/([^"'?]+)(?:\?[^"']*)?\1[^>]*>([\s\S]*?)<\/a>/gi;
const HTML_ENTITIES: Record<string, string> = {
  amp: "&",
  lt: "<",
  gt: ">",
  quot: '"',
  "#39": "'",
  nbsp: " ",
};

function decoded(id: string): string | undefined {
  try {
    const userId = decodeURIComponent(id);
    return /^@[^:\s]+:\S+$/.test(userId) ? userId : undefined;
  } catch {
    return undefined;
  }
}

function plainText(html: string): string {
  return html
    .replace(/<[^>]*>/g, "")
    .replace(/&(amp|lt|gt|quot|#39|nbsp);/g, (_all, name: string) => HTML_ENTITIES[name] ?? "")
    .trim();
}

/**
 * The people a message mentions with pills (`<a href="https://matrix.to/#/@lisa:example.org">Lisa</a>` in the
 * HTML), as the assistant takes them: `matrix:<user id>`, the name and the pill's text as it stands in the body.
 * The bot's own pill (how it is addressed) is no colleague.
 */
export function pillMentions(formattedBody: unknown, botUserId: string): MessageMention[] {
  if (typeof formattedBody !== "string") return [];
  const mentions: MessageMention[] = [];
  for (const [, , id = "", inner = ""] of formattedBody.matchAll(PILL)) {
    const userId = decoded(id);
    const text = plainText(inner);
    if (!userId || userId === botUserId || !text) continue;
    mentions.push({ id: `matrix:${userId}`, name: text.replace(/^@/, ""), text });
  }
  return mentions;
}
