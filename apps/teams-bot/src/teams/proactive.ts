import type { Reply } from "@weerbaar/assistant";
import type { CloudAdapter, ConversationReference } from "botbuilder";
import type { Logger } from "pino";
import type { TeamsBotStore } from "../store-port.ts";
import { conversationKind } from "./activity.ts";
import { httpStatusOf, isConversationGone, TeamsConversationGoneError } from "./errors.ts";
import { openCardKey, type ReplySender } from "./reply-sender.ts";

/** Posts a reply to a Teams conversation outside any turn (reminders); returns the Teams activity id. */
export type SendProactive = (
  channelId: string,
  reply: Reply,
  options: { deliveryKey: string },
) => Promise<string>;

/** Deactivations found while delivering reminders are the bot's own doing, not a user's. */
const SYSTEM_ACTOR = { actorId: "system:teams-bot", channel: "teams" };

/** The kv key under which the activity id of a delivery is recorded. */
export function deliveryKeyOf(deliveryKey: string): string {
  return `teams:delivery:${deliveryKey}`;
}

/**
 * sendProactive over `continueConversationAsync` with the stored reference. A delivery key already sent returns the
 * recorded activity id without posting again. A 403/404 from the channel deactivates the reference and throws
 * TeamsConversationGoneError, so the caller stops retrying; other failures are thrown as they are.
 */
export function createProactiveSender(deps: {
  /** The adapter, loaded on the first send (see lazy-framework.ts). */
  adapter: () => Promise<CloudAdapter>;
  appId: string;
  store: TeamsBotStore;
  replies: ReplySender;
  logger: Logger;
}): SendProactive {
  return async (channelId, reply, { deliveryKey }) => {
    const recorded = await deps.store.kv.get(deliveryKeyOf(deliveryKey));
    if (recorded) return recorded;
    const stored = await deps.store.conversationRefs.get(channelId);
    if (!stored?.active) throw new TeamsConversationGoneError(channelId, stored ? "inactive" : "unknown");
    // A channel or group chat gets real @mentions; in a personal chat a name is enough.
    const reference = stored.reference as Partial<ConversationReference>;
    const mentions = conversationKind({ conversation: reference.conversation }) !== "personal";
    const rendered = await deps.replies.render(reply, { mentions });
    let activityId: string | undefined;
    // The adapter's onTurnError would swallow a failure inside the turn: carry it out of the turn instead.
    let failure: unknown;
    try {
      const adapter = await deps.adapter();
      await adapter.continueConversationAsync(deps.appId, reference, async (context) => {
        try {
          activityId = (await context.sendActivity(rendered.activity))?.id;
        } catch (error) {
          failure = error ?? new Error("sendActivity failed");
        }
      });
    } catch (error) {
      failure = error;
    }
    if (failure !== undefined) {
      const error = failure;
      if (isConversationGone(error)) {
        await deps.store.conversationRefs.deactivate(channelId, SYSTEM_ACTOR);
        const status = httpStatusOf(error);
        deps.logger.warn(
          { event: "proactive_gone", channelId, status },
          "conversation gone; reference deactivated",
        );
        throw new TeamsConversationGoneError(channelId, status === 403 ? "removed" : "not_found");
      }
      throw error;
    }
    if (!activityId) throw new Error(`Teams returned no activity id for delivery ${deliveryKey}`);
    await deps.store.kv.set(deliveryKeyOf(deliveryKey), activityId);
    if (rendered.openCard) {
      await deps.store.kv.set(
        openCardKey(rendered.replyId),
        JSON.stringify({ activityId, ...rendered.openCard }),
      );
    }
    deps.logger.info(
      { event: "proactive_sent", channelId, activityId, intent: reply.intent },
      "proactive message sent",
    );
    return activityId;
  };
}
