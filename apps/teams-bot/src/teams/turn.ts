import type { Assistant, IncomingMessage, MessageMention, Reply } from "@weerbaar/assistant";
import { type BotMetrics, isDatabaseError } from "@weerbaar/observability";
import { type IntervalTimer, realTimer } from "@weerbaar/reminders";
import type { WriteContext } from "@weerbaar/store";
import { type Activity, TurnContext } from "botbuilder";
import type { Logger } from "pino";
import { parseSubmitData } from "../cards/adaptive-card.ts";
import type { TeamsBotStore } from "../store-port.ts";
import { baseConversationId, conversationKind, langHintOf, tenantOf } from "./activity.ts";
import { type ButtonAnswer, createCardActionHandler } from "./card-action.ts";
import { pressButton } from "./card-clicks.ts";
import { colleagueMentions } from "./colleague-mentions.ts";
import { isConversationGone } from "./errors.ts";
import { mentionsBot, textWithoutBotMentions } from "./mentions.ts";
import type { ReplySender } from "./reply-sender.ts";
import { whileTyping } from "./typing.ts";

/** What a turn needs. */
export type TurnDeps = {
  assistant: Assistant;
  store: TeamsBotStore;
  metrics: BotMetrics;
  replies: ReplySender;
  /** Paces the typing indicator while the assistant works; the real clock by default. */
  typingTimer?: IntervalTimer;
};

/** What a message turn hands to the assistant: a button's answer, or typed text with its mentions. */
type Answer = ButtonAnswer & { submit: boolean; mentions?: MessageMention[] };

/** The logic of one turn; `log` carries the turn's request id and is used for every line the turn writes. */
export type TurnHandler = (context: TurnContext, log: Logger) => Promise<void>;

const WELCOME =
  "Hallo, ik ben Weerbaar. Vraag bijvoorbeeld: “hoe staat Leudal ervoor?” of “welke gemeenten in Limburg hebben geen protocol?”\n\n" +
  "Hello, I am Weerbaar. Ask for example: “how is Leudal doing?” or “which municipalities in Limburg have no protocol?”";

/** The intent label of a turn whose assistant call failed (it has no intent of its own). */
const ASSISTANT_FAILED = "assistant_failed";

const FAILURE = {
  nl: "Er ging iets mis bij het verwerken van je bericht. Probeer het later opnieuw.",
  en: "Something went wrong while handling your message. Please try again later.",
} as const;

/** Who a change made during a turn is attributed to: the Teams user who caused it. */
export function actorOf(activity: Activity): WriteContext {
  const id = activity.from?.aadObjectId ?? activity.from?.id ?? "unknown";
  return { actorId: `teams:${id}`, channel: "teams" };
}

/** The reference stored for proactive messages: the channel itself, not the thread or message that was answered. */
export function referenceFor(activity: Activity): { conversationId: string; reference: unknown } {
  const reference = TurnContext.getConversationReference(activity);
  const conversationId = baseConversationId(activity.conversation.id);
  const { activityId: _thread, ...rest } = reference;
  return {
    conversationId,
    reference: { ...rest, conversation: { ...reference.conversation, id: conversationId } },
  };
}

/** The bot's logic for one incoming activity (already authenticated and from an allowed tenant). */
export function createTurnHandler(deps: TurnDeps): TurnHandler {
  const { store, metrics } = deps;

  // The store writes (and audits) only a reference that changed: most messages change nothing.
  const saveReference = async (activity: Activity) => {
    const { conversationId, reference } = referenceFor(activity);
    await store.conversationRefs.save(conversationId, reference, actorOf(activity));
  };

  const deactivate = async (activity: Activity, why: string, log: Logger) => {
    const conversationId = baseConversationId(activity.conversation.id);
    await store.conversationRefs.deactivate(conversationId, actorOf(activity));
    log.info(
      { event: "conversation_deactivated", conversationId, why },
      "conversation reference deactivated",
    );
  };

  const onMessage = async (context: TurnContext, log: Logger) => {
    const started = performance.now();
    const activity = context.activity;
    const kind = conversationKind(activity);
    await saveReference(activity);
    const submit = parseSubmitData(activity.value);
    let text: string;
    let mentions: MessageMention[] = [];
    // A button's value has no language of its own: the card it was on has the conversation's language.
    let cardLang: "nl" | "en" | undefined;
    // Set when the button is on someone else's question (see card-clicks.ts).
    let questionOf: IncomingMessage["questionOf"];
    if (submit) {
      // An Action.Submit: a card from before Universal Actions, or a client without them (the fallback).
      const press = await pressButton(deps, context, submit);
      if (press.kind === "repeated") {
        log.info({ event: "card_submit_repeated", kind }, "card already answered; ignored");
        return;
      }
      text = submit.weerbaarValue;
      cardLang = press.card?.lang;
      if (press.kind === "notYours") questionOf = press.questionOf;
    } else {
      if (kind !== "personal" && !mentionsBot(activity)) {
        log.debug({ event: "message_ignored", kind }, "group message without mention");
        return;
      }
      text = textWithoutBotMentions(activity) || "help";
      mentions = await colleagueMentions(context, log);
    }
    const langHint = cardLang ?? langHintOf(activity.locale);
    await answer(context, log, {
      started,
      text,
      ...(langHint ? { langHint } : {}),
      ...(questionOf ? { questionOf } : {}),
      mentions,
      submit: submit !== undefined,
      post: true,
    });
  };

  /** Hands the text to the assistant as the sender's message; posts the reply unless `post` is false. */
  const answer = async (context: TurnContext, log: Logger, input: Answer): Promise<Reply | undefined> => {
    const { started, text, langHint, questionOf, mentions = [] } = input;
    const activity = context.activity;
    const kind = conversationKind(activity);
    const tenantId = tenantOf(activity);
    const aadObjectId = activity.from?.aadObjectId ?? activity.from?.id ?? "";
    const message: IncomingMessage = {
      conversationId: `teams:${activity.conversation.id}`,
      channel: { platform: "teams", id: baseConversationId(activity.conversation.id) },
      identity: { platform: "teams", aadObjectId, ...(tenantId ? { tenantId } : {}) },
      ...(activity.from?.name ? { displayName: activity.from.name } : {}),
      text,
      ...(langHint ? { langHint } : {}),
      ...(mentions.length > 0 ? { mentions } : {}),
      ...(questionOf ? { questionOf } : {}),
      isDirect: kind === "personal",
    };
    log.info(
      { event: "message_received", kind, submit: input.submit, length: text.length },
      "message received",
    );
    let reply: Awaited<ReturnType<Assistant["handle"]>>;
    try {
      reply = await whileTyping(
        context,
        deps.typingTimer ?? realTimer,
        () => deps.assistant.handle(message),
        (err) => log.warn({ event: "typing_failed", err }, "typing indicator not sent"),
      );
    } catch (error) {
      log.error({ event: "assistant_failed", err: error }, "assistant failed");
      if (isDatabaseError(error)) metrics.databaseError("turn");
      if (input.post) await context.sendActivity(FAILURE[langHint ?? "nl"]);
      metrics.turn(ASSISTANT_FAILED, (performance.now() - started) / 1000);
      return undefined;
    }
    // Not posted: the reply goes back in an invoke response (see card-action.ts).
    const activityId = input.post ? await deps.replies.send(context, reply) : undefined;
    metrics.turn(reply.intent, (performance.now() - started) / 1000);
    if (input.post) log.info({ event: "reply_sent", intent: reply.intent, activityId }, "reply sent");
    return reply;
  };

  const onInvoke = createCardActionHandler({
    store,
    replies: deps.replies,
    answer: (context, log, input) => answer(context, log, { ...input, submit: true }),
  });

  const onConversationUpdate = async (context: TurnContext, log: Logger) => {
    const activity = context.activity;
    const botId = activity.recipient?.id;
    if (activity.membersAdded?.some((m) => m.id === botId)) {
      await saveReference(activity);
      log.info({ event: "bot_added", kind: conversationKind(activity) }, "bot added to conversation");
    }
    if (activity.membersRemoved?.some((m) => m.id === botId)) await deactivate(activity, "bot_removed", log);
  };

  const onInstallationUpdate = async (context: TurnContext, log: Logger) => {
    const activity = context.activity;
    const action = activity.action ?? "";
    if (action.startsWith("remove")) {
      await deactivate(activity, "app_uninstalled", log);
      return;
    }
    await saveReference(activity);
    log.info({ event: "app_installed", kind: conversationKind(activity), action }, "app installed");
    if (action === "add") await context.sendActivity(WELCOME);
  };

  return async (context, log) => {
    log.debug({ event: "turn_started", type: context.activity.type }, "turn started");
    try {
      switch (context.activity.type) {
        case "message":
          return await onMessage(context, log);
        case "conversationUpdate":
          return await onConversationUpdate(context, log);
        case "installationUpdate":
          return await onInstallationUpdate(context, log);
        case "invoke":
          return await onInvoke(context, log);
        default:
          log.debug({ event: "activity_ignored", type: context.activity.type }, "activity type not handled");
      }
    } catch (error) {
      if (isConversationGone(error)) {
        await deactivate(context.activity, "channel_refused", log);
        return;
      }
      if (isDatabaseError(error)) metrics.databaseError("turn");
      log.error({ event: "turn_failed", err: error }, "turn failed");
    }
  };
}
