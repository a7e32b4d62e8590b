import { openStore, type Store } from "@weerbaar/store";
import {
  type BotConnector,
  type ChannelActivity,
  cardExecute,
  groupMessage,
  type TeamsChat,
  type TeamsUser,
  teamsUser,
} from "@weerbaar/testing/bot-connector";
import { expect } from "vitest";
import { type CardJson, cardOf } from "./cards.ts";
import { type BotUnderTest, NOW, startBot, TENANT } from "./harness.ts";
import { type RecordingAssistant, recordingAssistant, seedStaff } from "./real-assistant.ts";

/** Anna (the asker in most scenarios) and Bert, both staff; their AAD object ids. */
export const ANNA_AAD = "3d8f0b6e-2a51-4c7e-9f13-6b2d4e8a1c70";
/** Bert's AAD object id. */
export const BERT_AAD = "9b4e2c71-5d06-4f8a-a3e9-0c7f1d2b6e45";

/** A Teams bot with the real assistant over SQLite, two staff members and their Teams accounts. */
export type SharedChat = {
  t: BotUnderTest;
  store: Store;
  assistant: RecordingAssistant;
  anna: TeamsUser;
  bert: TeamsUser;
  close(): Promise<void>;
};

/** Starts the bot for Anna and Bert (staff "Anna de Vries" and "Bert Jansen"). */
export async function startSharedChat(): Promise<SharedChat> {
  const store = await openStore("sqlite::memory:", { now: () => NOW });
  await seedStaff(store, ANNA_AAD);
  await store.staff.upsert(
    {
      displayName: "Bert Jansen",
      role: "advisor",
      identities: [{ platform: "teams", aadObjectId: BERT_AAD, tenantId: TENANT }],
    },
    { actorId: "system", channel: "test" },
  );
  const assistant = recordingAssistant(store);
  const t = await startBot({ assistant, store });
  return {
    t,
    store,
    assistant,
    anna: teamsUser("Anna de Vries", ANNA_AAD),
    bert: teamsUser("Bert Jansen", BERT_AAD),
    async close() {
      await t.close();
      await store.close();
    },
  };
}

/** A card the bot posted in answer to someone: the activity, its card and the thread it stands in. */
export type PostedCard = { activity: ChannelActivity; card: CardJson; thread: string };

/**
 * `user` @mentions the bot with `text` in the chat (in a channel: a new thread, or `thread`); resolves with the
 * card the bot answered with.
 */
export async function ask(
  t: BotUnderTest,
  user: TeamsUser,
  chat: TeamsChat,
  text: string,
  thread?: string,
): Promise<PostedCard> {
  const message = groupMessage(t.connector.context, { user, chat, text, ...(thread ? { thread } : {}) });
  const conversationId = message.conversation?.id ?? chat.id;
  const before = t.connector.activitiesIn(conversationId).length;
  expect((await t.connector.post(message)).status).toBe(200);
  const posted = await t.connector.waitForReplies(conversationId, before + 1);
  const activity = posted[before] as ChannelActivity;
  return { activity, card: cardOf(activity), thread: conversationId };
}

/** The invoke response body of an `adaptiveCard/action`: what the presser's client shows next. */
export type InvokeAnswer = { statusCode: number; type: string; value: unknown };

/** The card of an invoke response; fails the test when it is something else. */
export function responseCard(answer: InvokeAnswer): CardJson {
  expect(answer).toMatchObject({ statusCode: 200, type: "application/vnd.microsoft.card.adaptive" });
  return answer.value as CardJson;
}

/** `user` presses the button with `value` on the card (an Action.Execute); resolves with the invoke response. */
export async function press(
  t: BotUnderTest,
  user: TeamsUser,
  chat: TeamsChat,
  posted: PostedCard,
  value: string,
): Promise<InvokeAnswer> {
  const button = posted.card.actions?.find((a) => a.data?.weerbaarValue === value);
  if (!button) throw new Error(`no button for ${value} on ${JSON.stringify(posted.card.actions)}`);
  expect(button.type).toBe("Action.Execute");
  return invoke(t, user, chat, posted, { verb: button.verb, data: button.data, title: button.title });
}

/** `user`'s client runs the card's refresh (as Teams does when it shows the card); resolves with the response. */
export async function refresh(
  t: BotUnderTest,
  user: TeamsUser,
  chat: TeamsChat,
  posted: PostedCard,
): Promise<InvokeAnswer> {
  const action = posted.card.refresh?.action;
  if (!action) throw new Error("the card has no refresh");
  return invoke(t, user, chat, posted, { verb: action.verb, data: action.data }, "automatic");
}

async function invoke(
  t: BotUnderTest,
  user: TeamsUser,
  chat: TeamsChat,
  posted: PostedCard,
  action: { verb?: string; data?: unknown; title?: string },
  trigger: "manual" | "automatic" = "manual",
): Promise<InvokeAnswer> {
  const activity = cardExecute(t.connector.context, {
    user,
    chat,
    action,
    replyToId: posted.activity.id ?? "",
    thread: posted.thread,
    trigger,
  });
  const response = await t.connector.post(activity);
  // The channel wants HTTP 200 for a handled invoke; the outcome is the body's statusCode.
  expect(response.status).toBe(200);
  return JSON.parse(response.body) as InvokeAnswer;
}

/** The card of the activity as everyone in the conversation sees it now: the last update, or as it was posted. */
export function cardEveryoneSees(connector: BotConnector, posted: PostedCard): CardJson {
  const id = posted.activity.id;
  const update = connector.calls
    .filter((c) => c.kind === "update" && c.activityId === id && c.conversationId === posted.thread)
    .at(-1);
  return cardOf(update?.activity ?? posted.activity);
}

/** The last line of a card when it is a warning (the "this question was for …" a refused presser sees). */
export function refusalOf(card: CardJson): string | undefined {
  const block = card.body.at(-1) as { type?: string; text?: string; color?: string } | undefined;
  return block?.color === "Warning" ? block.text : undefined;
}
