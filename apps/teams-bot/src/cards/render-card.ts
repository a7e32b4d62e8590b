import type { Attachment, Block, Reply } from "@weerbaar/assistant";
import { renderPlainText } from "@weerbaar/assistant";
import {
  ADAPTIVE_CARD_SCHEMA,
  type AdaptiveCard,
  type CardAction,
  type CardElement,
} from "./adaptive-card.ts";
import { type MentionCollector, textWithMentions } from "./card-mentions.ts";
import { escapeCardText } from "./escape.ts";
import { answerButton } from "./universal-actions.ts";

/** What rendering needs besides the reply: the id the buttons carry and where attachments are served. */
export type CardRenderContext = {
  replyId: string;
  /** An unguessable, expiring URL under which the bot serves the attachment. */
  attachmentUrl: (attachment: Attachment) => string;
  /** Whether people the reply mentions get a real Teams @mention (channels, group chats) or just their name. */
  mentions?: boolean;
};

/** Teams shows at most this much fallback text; longer plain text is cut. */
const FALLBACK_LIMIT = 4000;

const TONE_COLORS = { info: "Accent", success: "Good", warning: "Warning" } as const;

function text(value: string, extra: Record<string, unknown> = {}): CardElement {
  return { type: "TextBlock", text: escapeCardText(value), wrap: true, ...extra };
}

function renderBlock(block: Block, mentions: MentionCollector): CardElement[] {
  switch (block.type) {
    case "paragraph":
      return [
        {
          type: "TextBlock",
          text: textWithMentions(block.text, block.mentions, mentions),
          wrap: true,
          ...(block.tone ? { color: TONE_COLORS[block.tone] } : {}),
        },
      ];
    case "facts":
      return [
        {
          type: "FactSet",
          facts: block.facts.map((f) => ({ title: escapeCardText(f.label), value: escapeCardText(f.value) })),
        },
      ];
    case "list": {
      const items = block.items.map((item, i) =>
        text(block.ordered ? `${i + 1}. ${item}` : `• ${item}`, { spacing: "None" }),
      );
      return [
        {
          type: "Container",
          items: [...(block.title ? [text(block.title, { weight: "Bolder" })] : []), ...items],
        },
      ];
    }
    case "table":
      return [
        {
          type: "Table",
          gridStyle: "accent",
          firstRowAsHeader: true,
          showGridLines: true,
          columns: block.columns.map(() => ({ width: 1 })),
          rows: [block.columns, ...block.rows].map((cells, rowIndex) => ({
            type: "TableRow",
            ...(rowIndex === 0 ? { style: "accent" } : {}),
            cells: block.columns.map((_, i) => ({
              type: "TableCell",
              items: [text(cells[i] ?? "", rowIndex === 0 ? { weight: "Bolder" } : {})],
            })),
          })),
        },
      ];
    case "groups":
      return block.groups.map((group) => ({
        type: "Container",
        separator: true,
        items: [
          text(group.title, { weight: "Bolder" }),
          ...group.items.map((item) => text(`• ${item}`, { spacing: "None" })),
        ],
      }));
  }
}

function pageLine(reply: Reply): string | undefined {
  if (!reply.paging || reply.paging.pages <= 1) return undefined;
  const { page, pages, total } = reply.paging;
  return reply.lang === "nl"
    ? `Pagina ${page} van ${pages} (${total} totaal)`
    : `Page ${page} of ${pages} (${total} total)`;
}

function renderAttachments(
  reply: Reply,
  ctx: CardRenderContext,
): { body: CardElement[]; actions: CardAction[] } {
  const body: CardElement[] = [];
  const actions: CardAction[] = [];
  for (const attachment of reply.attachments) {
    const url = ctx.attachmentUrl(attachment);
    if (attachment.kind === "image") {
      body.push({ type: "Image", url, altText: attachment.description, size: "Stretch" });
    } else {
      actions.push({ type: "Action.OpenUrl", title: `⬇ ${attachment.fileName}`, url });
    }
  }
  return { body, actions };
}

/** The plain-text rendering, cut to what Teams shows as fallback and notification text. */
export function fallbackText(reply: Reply): string {
  const plain = renderPlainText(reply);
  return plain.length > FALLBACK_LIMIT ? `${plain.slice(0, FALLBACK_LIMIT - 1)}…` : plain;
}

/**
 * The reply as an Adaptive Card 1.5: title, blocks (TextBlock, FactSet, Table, grouped Containers), images, the
 * page indicator, and one Action.Execute button (with an Action.Submit fallback) per action carrying
 * `{ weerbaarValue, weerbaarReplyId }`. With `ctx.mentions`, mentioned people become `<at>` mentions listed in
 * `msteams.entities`.
 */
export function renderCard(reply: Reply, ctx: CardRenderContext): AdaptiveCard {
  const body: CardElement[] = [];
  const mentions: MentionCollector = ctx.mentions ? [] : undefined;
  if (reply.title) body.push(text(reply.title, { size: "Large", weight: "Bolder" }));
  for (const block of reply.blocks) body.push(...renderBlock(block, mentions));
  const attachments = renderAttachments(reply, ctx);
  body.push(...attachments.body);
  const page = pageLine(reply);
  if (page) body.push(text(page, { isSubtle: true, size: "Small" }));
  const actions: CardAction[] = reply.actions.map((action) =>
    answerButton(action.label, { weerbaarValue: action.value, weerbaarReplyId: ctx.replyId }, action.style),
  );
  const next = reply.paging?.nextValue;
  if (next && !reply.actions.some((a) => a.value === next)) {
    actions.push(
      answerButton(reply.lang === "nl" ? "Volgende pagina" : "Next page", {
        weerbaarValue: next,
        weerbaarReplyId: ctx.replyId,
      }),
    );
  }
  actions.push(...attachments.actions);
  if (body.length === 0) body.push(text(renderPlainText(reply) || "…"));
  return {
    type: "AdaptiveCard",
    $schema: ADAPTIVE_CARD_SCHEMA,
    version: "1.5",
    fallbackText: fallbackText(reply),
    body,
    ...(actions.length > 0 ? { actions } : {}),
    msteams: { width: "Full", ...(mentions && mentions.length > 0 ? { entities: mentions } : {}) },
  };
}
