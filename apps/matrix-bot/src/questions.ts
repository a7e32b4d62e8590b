import type { Reply } from "./assistant-types.ts";
import type { BotStore } from "./bot-store.ts";
import type { PendingQuestion } from "./choices.ts";
import { kvKeys } from "./storage-provider.ts";

/**
 * The questions the bot asked (replies with actions), kept in the store's kv so "2" or a 👍 after a restart
 * still maps to the right action: each question by its event id, plus the latest one per conversation.
 */
export class QuestionBook {
  /** Questions over the store's kv table. */
  constructor(readonly store: BotStore) {}

  /** The question sent as this event, if any. */
  async byEvent(eventId: string): Promise<PendingQuestion | undefined> {
    const raw = await this.store.kv.get(kvKeys.question(eventId));
    return raw === undefined ? undefined : (JSON.parse(raw) as PendingQuestion);
  }

  /** The latest open question of a conversation. */
  async pending(conversationId: string): Promise<PendingQuestion | undefined> {
    const eventId = await this.store.kv.get(kvKeys.pending(conversationId));
    return eventId === undefined ? undefined : this.byEvent(eventId);
  }

  /** Whether the question is still the latest in its conversation (older ones are not answered by reactions). */
  async isLatest(question: PendingQuestion): Promise<boolean> {
    return (await this.store.kv.get(kvKeys.pending(question.conversationId))) === question.eventId;
  }

  /** Records a sent reply: a question when it has actions, else the conversation has no open question. */
  async remember(reply: Reply, question: Omit<PendingQuestion, "actions">): Promise<void> {
    if (reply.actions.length === 0) {
      await this.store.kv.delete(kvKeys.pending(question.conversationId));
      return;
    }
    const pending: PendingQuestion = { ...question, actions: reply.actions };
    await this.store.kv.set(kvKeys.question(question.eventId), JSON.stringify(pending));
    await this.store.kv.set(kvKeys.pending(question.conversationId), question.eventId);
  }
}
