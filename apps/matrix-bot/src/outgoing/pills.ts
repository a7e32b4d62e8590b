import type { Block, Reply } from "../assistant-types.ts";
import { escapeHtml } from "./escape-html.ts";

type Paragraph = Extract<Block, { type: "paragraph" }>;

/** A pill's link as Element writes it; incoming/addressing.ts and incoming/pill-mentions.ts read it back. */
function pillHref(userId: string): string {
  return `https://matrix.to/#/${userId}`;
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
