import type { Block, Reply } from "@weerbaar/assistant";
import type { AdaptiveCard } from "./adaptive-card.ts";

/** Teams refuses activities over ~28 KB; the card gets this much, the rest is the activity envelope. */
export const CARD_BYTE_LIMIT = 26_000;

/** The size of a card as it goes over the wire. */
export function cardBytes(card: AdaptiveCard): number {
  return Buffer.byteLength(JSON.stringify(card), "utf8");
}

function lineCount(block: Block): number {
  switch (block.type) {
    case "paragraph":
      return 1;
    case "facts":
      return block.facts.length;
    case "list":
      return block.items.length;
    case "table":
      return block.rows.length;
    case "groups":
      return block.groups.reduce((n, g) => n + g.items.length + 1, 0);
  }
}

/** Removes up to `count` lines from the end of a block; returns the shorter block and how many went. */
function dropLines(block: Block, count: number): { block: Block; dropped: number } {
  switch (block.type) {
    case "paragraph":
      return { block, dropped: 0 };
    case "facts":
      return { block: { ...block, facts: block.facts.slice(0, -count) }, dropped: count };
    case "list":
      return { block: { ...block, items: block.items.slice(0, -count) }, dropped: count };
    case "table":
      return { block: { ...block, rows: block.rows.slice(0, -count) }, dropped: count };
    case "groups": {
      const groups = block.groups.map((g) => ({ ...g, items: [...g.items] }));
      let dropped = 0;
      while (dropped < count && groups.length > 0) {
        const last = groups[groups.length - 1];
        if (!last) break;
        if (last.items.length > 0) last.items.pop();
        else groups.pop();
        dropped++;
      }
      return { block: { ...block, groups }, dropped };
    }
  }
}

function shrinkOnce(reply: Reply): { reply: Reply; dropped: number } | undefined {
  let index = -1;
  let most = 1;
  reply.blocks.forEach((block, i) => {
    const lines = lineCount(block);
    if (lines > most) {
      most = lines;
      index = i;
    }
  });
  if (index >= 0) {
    const target = reply.blocks[index] as Block;
    const { block, dropped } = dropLines(target, Math.max(1, Math.ceil(most / 10)));
    return { reply: { ...reply, blocks: reply.blocks.map((b, i) => (i === index ? block : b)) }, dropped };
  }
  // Only single-line blocks left: halve the longest paragraph.
  let longest = -1;
  let length = 200;
  reply.blocks.forEach((block, i) => {
    if (block.type === "paragraph" && block.text.length > length) {
      length = block.text.length;
      longest = i;
    }
  });
  const paragraph = reply.blocks[longest];
  if (paragraph?.type !== "paragraph") return undefined;
  const cut: Block = { ...paragraph, text: `${paragraph.text.slice(0, Math.floor(length / 2))}…` };
  return { reply: { ...reply, blocks: reply.blocks.map((b, i) => (i === longest ? cut : b)) }, dropped: 1 };
}

function notice(reply: Reply, omitted: number): Block {
  const text =
    reply.lang === "nl"
      ? `Ingekort: ${omitted} regels niet getoond. Vraag om een kleiner deel of de volgende pagina.`
      : `Shortened: ${omitted} lines not shown. Ask for a smaller part or the next page.`;
  return { type: "paragraph", text, tone: "warning" };
}

/**
 * Renders the reply and, when the card would exceed Teams' size limit, drops lines from the end of the largest
 * blocks (then halves long paragraphs) until it fits, adding a notice of what was left out. The assistant pages
 * long results already; this is the defensive second line.
 */
export function fitCard(
  reply: Reply,
  render: (reply: Reply) => AdaptiveCard,
  limit: number = CARD_BYTE_LIMIT,
): { card: AdaptiveCard; omitted: number } {
  let card = render(reply);
  if (cardBytes(card) <= limit) return { card, omitted: 0 };
  let current = reply;
  let omitted = 0;
  for (let round = 0; round < 500; round++) {
    const smaller = shrinkOnce(current);
    if (!smaller) break;
    current = smaller.reply;
    omitted += smaller.dropped;
    card = render({ ...current, blocks: [...current.blocks, notice(current, omitted)] });
    if (cardBytes(card) <= limit) return { card, omitted };
  }
  // Nothing left to drop: a card with the title and the notice only.
  const minimal: Reply = { ...current, blocks: [notice(current, omitted)], attachments: [] };
  return { card: render(minimal), omitted };
}
