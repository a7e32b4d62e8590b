import type { Block, MessageMention, Reply } from "./assistant-types.ts";
import { escapeHtml } from "./escape-html.ts";

type Paragraph = Extract<Block, { type: "paragraph" }>;

/** A pill's link as Element writes it; addressing.ts reads this and the encoded form. */
function pillHref(userId: string): string {
  return `https://matrix.to/#/${userId}`;
}

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

/** Where a paragraph's mentioned people with a Matrix account stand in its text, in order, not overlapping. */
function placed(block: Paragraph): { at: number; name: string; userId: string }[] {
  const found: { at: number; name: string; userId: string }[] = [];
  for (const person of block.mentions ?? []) {
    const userId = person.identities.find((i) => i.platform === "matrix")?.userId;
    const at = person.name ? block.text.indexOf(person.name) : -1;
    const overlaps = found.some((f) => at < f.at + f.name.length && f.at < at + person.name.length);
    if (userId && at >= 0 && !overlaps) found.push({ at, name: person.name, userId });
  }
  return found.sort((a, b) => a.at - b.at);
}

/** A paragraph as escaped HTML, each mentioned person's name (its first occurrence) a pill to their account. */
export function paragraphHtml(block: Paragraph): string {
  let html = "";
  let from = 0;
  for (const { at, name, userId } of placed(block)) {
    html += `${escapeHtml(block.text.slice(from, at))}<a href="${escapeHtml(pillHref(userId))}">${escapeHtml(name)}</a>`;
    from = at + name.length;
  }
  return html + escapeHtml(block.text.slice(from));
}

/** The reply's `m.mentions`: the users its pills mention (they are notified), or none. */
export function replyMentions(reply: Reply): { user_ids?: string[] } {
  const ids = new Set<string>();
  for (const block of reply.blocks) {
    if (block.type === "paragraph") for (const { userId } of placed(block)) ids.add(userId);
  }
  return ids.size > 0 ? { user_ids: [...ids] } : {};
}
