import type { PersonMention } from "@weerbaar/assistant";
import type { CardMention } from "./adaptive-card.ts";
import { escapeCardText } from "./escape.ts";

/** Where a card's mentions are collected while it is rendered; absent where mentions only write the name. */
export type MentionCollector = CardMention[] | undefined;

function teamsObjectId(person: PersonMention): string | undefined {
  for (const identity of person.identities) if (identity.platform === "teams") return identity.aadObjectId;
  return undefined;
}

/**
 * A paragraph's text for a TextBlock, escaped, with the first occurrence of each mentioned person's name written
 * `<at>Name</at>` and its mention entity added to `collector` (once per person and card). A person without a Teams
 * account, a name not in the text, or no collector (a personal chat, where nobody needs notifying) leaves the name
 * as plain text.
 */
export function textWithMentions(
  text: string,
  mentions: readonly PersonMention[] | undefined,
  collector: MentionCollector,
): string {
  const found: { at: number; person: PersonMention; id: string }[] = [];
  for (const person of collector ? (mentions ?? []) : []) {
    const id = teamsObjectId(person);
    const at = person.name ? text.indexOf(person.name) : -1;
    const overlaps = found.some((f) => at < f.at + f.person.name.length && f.at < at + person.name.length);
    if (id && at >= 0 && !overlaps) found.push({ at, person, id });
  }
  if (!collector || found.length === 0) return escapeCardText(text);
  // Each name becomes a placeholder the escaping leaves alone (private-use characters), then its `<at>` text.
  found.sort((a, b) => a.at - b.at);
  let marked = "";
  let from = 0;
  for (const [i, { at, person }] of found.entries()) {
    marked += `${text.slice(from, at)}\uE000${i}\uE001`;
    from = at + person.name.length;
  }
  marked += text.slice(from);
  return escapeCardText(marked).replace(/\uE000(\d+)\uE001/g, (placeholder, i: string) => {
    const entry = found[Number(i)];
    if (!entry) return placeholder; // the same characters typed in the text: not ours
    const { person, id } = entry;
    // The entity's text must equal what stands in the card, so both take the escaped name.
    const atText = `<at>${escapeCardText(person.name)}</at>`;
    if (!collector.some((m) => m.text === atText && m.mentioned.id === id)) {
      collector.push({ type: "mention", text: atText, mentioned: { id, name: person.name } });
    }
    return atText;
  });
}
