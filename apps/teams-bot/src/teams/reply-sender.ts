import { randomUUID } from "node:crypto";
import type { Attachment, Reply } from "@weerbaar/assistant";
import type { Activity, TurnContext } from "botbuilder";
import { ADAPTIVE_CARD_CONTENT_TYPE, type AdaptiveCard } from "../cards/adaptive-card.ts";
import { answeredCard, choiceText, withLine } from "../cards/card-state.ts";
import { fitCard } from "../cards/fit-card.ts";
import { fallbackText, renderCard } from "../cards/render-card.ts";
import { cardRefresh, isAnswerButton } from "../cards/universal-actions.ts";
import type { CardFiles } from "../http/card-files.ts";
import type { TeamsBotStore } from "../store-port.ts";
import { conversationKind } from "./activity.ts";

/** Whose question a card answers: the Teams user (MRI `29:…`, for `refresh.userIds`) and their AAD object id. */
export type CardAsker = { id: string; aadObjectId: string; name?: string };

/**
 * What is kept of a card with buttons: enough to redraw it, answered or not. `card` is the card as posted (cards
 * kept before Universal Actions were kept without their buttons); `answered` is the card everyone sees once
 * it was answered. A card posted outside a turn (a reminder) has no asker: anyone may answer it.
 */
export type OpenCard = {
  activityId: string;
  lang: "nl" | "en";
  card: AdaptiveCard;
  actions: { label: string; value: string }[];
  asker?: CardAsker;
  answered?: AdaptiveCard;
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
  /**
   * Keeps the reply's files and renders it as a card activity (size-limited), without sending it; `mentions`
   * makes mentioned people real @mentions (where they are notified: channels and group chats).
   */
  render(reply: Reply, options?: RenderOptions): Promise<RenderedReply>;
  /** Renders and posts the reply in the turn's conversation; returns the Teams activity id. */
  send(context: TurnContext, reply: Reply): Promise<string | undefined>;
  /** What is kept of the card with that reply id, or undefined for a card the bot does not know (any more). */
  savedCard(replyId: string): Promise<OpenCard | undefined>;
  /**
   * Redraws an answered card for everyone (updateActivity) without its buttons and with the choice shown; keeps
   * and returns it with `answered` set, or undefined for an unknown card.
   */
  closeCard(context: TurnContext, replyId: string, chosenValue: string): Promise<OpenCard | undefined>;
};

/**
 * How a reply is rendered: `mentions` makes mentioned people real @mentions; `asker` is whose question the card
 * answers, kept with it and given a live view through `refresh.userIds` when the card has buttons.
 */
export type RenderOptions = { mentions?: boolean; asker?: CardAsker };

/** The message activity for a rendered card: the card as the only attachment, plain text as summary. */
export function cardActivity(card: AdaptiveCard, summary: string): Partial<Activity> {
  return {
    type: "message",
    summary: summary.length > 250 ? `${summary.slice(0, 249)}…` : summary,
    attachments: [{ contentType: ADAPTIVE_CARD_CONTENT_TYPE, content: card }],
  };
}

/** The person whose message the turn answers, as a card's asker. */
export function askerOf(activity: Partial<Activity>): CardAsker | undefined {
  const from = activity.from;
  if (!from?.id) return undefined;
  return { id: from.id, aadObjectId: from.aadObjectId ?? from.id, ...(from.name ? { name: from.name } : {}) };
}

/** A reply sender that serves attachments from `files` under `publicUrl()`. */
export function createReplySender(deps: {
  store: TeamsBotStore;
  files: CardFiles;
  publicUrl: () => string;
}): ReplySender {
  const render = async (reply: Reply, options: RenderOptions = {}): Promise<RenderedReply> => {
    const replyId = randomUUID();
    // Kept once before rendering: fitCard may render the card several times while shrinking it.
    const urls = new Map<Attachment, string>();
    for (const attachment of reply.attachments) {
      const { fileName, mimeType, data } = attachment;
      const token = await deps.files.put({ fileName, mimeType, data });
      urls.set(attachment, `${deps.publicUrl()}/files/${token}`);
    }
    const { card: fitted } = fitCard(reply, (r) =>
      renderCard(r, {
        replyId,
        mentions: options.mentions ?? false,
        attachmentUrl: (attachment) => {
          const url = urls.get(attachment);
          if (url === undefined)
            throw new Error(`attachment ${attachment.fileName} was not kept before rendering`);
          return url;
        },
      }),
    );
    const hasButtons = (fitted.actions ?? []).some(isAnswerButton);
    const { asker } = options;
    // Only the asker's client refreshes the card: Teams allows 60 user ids, and nobody else can answer it.
    const card = hasButtons && asker ? { ...fitted, refresh: cardRefresh(replyId, [asker.id]) } : fitted;
    const activity = cardActivity(card, fallbackText(reply).split("\n")[0] ?? "");
    const actions = reply.actions.map(({ label, value }) => ({ label, value }));
    const next = reply.paging?.nextValue;
    if (next && !actions.some((a) => a.value === next)) {
      actions.push({ label: reply.lang === "nl" ? "Volgende pagina" : "Next page", value: next });
    }
    return {
      activity,
      replyId,
      ...(hasButtons ? { openCard: { lang: reply.lang, card, actions, ...(asker ? { asker } : {}) } } : {}),
    };
  };

  const savedCard = async (replyId: string): Promise<OpenCard | undefined> => {
    const saved = await deps.store.kv.get(openCardKey(replyId));
    return saved ? (JSON.parse(saved) as OpenCard) : undefined;
  };

  return {
    render,
    async send(context, reply) {
      const asker = askerOf(context.activity);
      const rendered = await render(reply, {
        mentions: conversationKind(context.activity) !== "personal",
        ...(asker ? { asker } : {}),
      });
      const response = await context.sendActivity(rendered.activity);
      const activityId = response?.id;
      if (rendered.openCard && activityId) {
        const open: OpenCard = { activityId, ...rendered.openCard };
        await deps.store.kv.set(openCardKey(rendered.replyId), JSON.stringify(open));
      }
      return activityId;
    },
    savedCard,
    async closeCard(context, replyId, chosenValue) {
      const open = await savedCard(replyId);
      if (!open) return undefined;
      const label = open.actions.find((a) => a.value === chosenValue)?.label ?? chosenValue;
      const choice = choiceText(open.lang, label);
      const card = withLine(answeredCard(open.card), `✔ ${choice}`, "Good");
      // The invoke response shows the new card only to the presser's client; the update shows it to everyone.
      await context.updateActivity({ ...cardActivity(card, choice), id: open.activityId });
      // Kept (not deleted) so a late click or refresh gets the answered card; housekeeping prunes it later.
      const closed: OpenCard = { ...open, answered: card };
      await deps.store.kv.set(openCardKey(replyId), JSON.stringify(closed));
      return closed;
    },
  };
}
