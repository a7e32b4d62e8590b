import { randomUUID } from "node:crypto";
import type { Reply } from "@weerbaar/assistant";
import type { Activity, TurnContext } from "botbuilder";
import { ADAPTIVE_CARD_CONTENT_TYPE, type AdaptiveCard } from "../cards/adaptive-card.ts";
import { escapeCardText } from "../cards/escape.ts";
import { fitCard } from "../cards/fit-card.ts";
import { fallbackText, renderCard } from "../cards/render-card.ts";
import type { FileCache } from "../http/file-cache.ts";
import type { TeamsBotStore } from "../store-port.ts";

/** What is kept of a card with buttons until it is answered: enough to redraw it without them. */
export type OpenCard = {
  activityId: string;
  lang: "nl" | "en";
  card: AdaptiveCard;
  actions: { label: string; value: string }[];
};

/** Where open cards are kept in kv. */
export const OPEN_CARD_PREFIX = "teams:card:";

/** The kv key of an open card. */
export function openCardKey(replyId: string): string {
  return `${OPEN_CARD_PREFIX}${replyId}`;
}

/** A reply rendered for Teams: the message activity and, for a card with buttons, what to keep of it. */
export type RenderedReply = {
  activity: Partial<Activity>;
  replyId: string;
  openCard?: Omit<OpenCard, "activityId">;
};

/** Turns Replies into Teams activities and remembers cards with buttons. */
export type ReplySender = {
  /** Renders the reply as a card activity (size-limited), without sending it. */
  render(reply: Reply): RenderedReply;
  /** Renders and posts the reply in the turn's conversation; returns the Teams activity id. */
  send(context: TurnContext, reply: Reply): Promise<string | undefined>;
  /** Redraws an answered card without its buttons and with the choice shown; returns what was kept of it. */
  closeCard(context: TurnContext, replyId: string, chosenValue: string): Promise<OpenCard | undefined>;
};

/** The message activity for a rendered card: the card as the only attachment, plain text as summary. */
export function cardActivity(card: AdaptiveCard, summary: string): Partial<Activity> {
  return {
    type: "message",
    summary: summary.length > 250 ? `${summary.slice(0, 249)}…` : summary,
    attachments: [{ contentType: ADAPTIVE_CARD_CONTENT_TYPE, content: card }],
  };
}

function withoutSubmitButtons(card: AdaptiveCard): AdaptiveCard {
  const actions = (card.actions ?? []).filter((a) => a.type !== "Action.Submit");
  const { actions: _dropped, ...rest } = card;
  return actions.length > 0 ? { ...rest, actions } : rest;
}

/** A reply sender that serves attachments from `files` under `publicUrl()`. */
export function createReplySender(deps: {
  store: TeamsBotStore;
  files: FileCache;
  publicUrl: () => string;
}): ReplySender {
  const render = (reply: Reply): RenderedReply => {
    const replyId = randomUUID();
    const { card } = fitCard(reply, (r) =>
      renderCard(r, {
        replyId,
        attachmentUrl: (attachment) => {
          const token = deps.files.put({
            fileName: attachment.fileName,
            mimeType: attachment.mimeType,
            data: attachment.data,
          });
          return `${deps.publicUrl()}/files/${token}`;
        },
      }),
    );
    const activity = cardActivity(card, fallbackText(reply).split("\n")[0] ?? "");
    const hasButtons = (card.actions ?? []).some((a) => a.type === "Action.Submit");
    const actions = reply.actions.map(({ label, value }) => ({ label, value }));
    const next = reply.paging?.nextValue;
    if (next && !actions.some((a) => a.value === next)) {
      actions.push({ label: reply.lang === "nl" ? "Volgende pagina" : "Next page", value: next });
    }
    return {
      activity,
      replyId,
      ...(hasButtons ? { openCard: { lang: reply.lang, card: withoutSubmitButtons(card), actions } } : {}),
    };
  };

  return {
    render,
    async send(context, reply) {
      const rendered = render(reply);
      const response = await context.sendActivity(rendered.activity);
      const activityId = response?.id;
      if (rendered.openCard && activityId) {
        const open: OpenCard = { activityId, ...rendered.openCard };
        await deps.store.kv.set(openCardKey(rendered.replyId), JSON.stringify(open));
      }
      return activityId;
    },
    async closeCard(context, replyId, chosenValue) {
      const saved = await deps.store.kv.get(openCardKey(replyId));
      if (!saved) return undefined;
      const open = JSON.parse(saved) as OpenCard;
      const label = open.actions.find((a) => a.value === chosenValue)?.label ?? chosenValue;
      const choice = open.lang === "nl" ? `Gekozen: ${label}` : `Chosen: ${label}`;
      const card: AdaptiveCard = {
        ...open.card,
        body: [
          ...open.card.body,
          {
            type: "TextBlock",
            text: `✔ ${escapeCardText(choice)}`,
            wrap: true,
            color: "Good",
            weight: "Bolder",
          },
        ],
      };
      await context.updateActivity({ ...cardActivity(card, choice), id: open.activityId });
      await deps.store.kv.delete(openCardKey(replyId));
      return open;
    },
  };
}
