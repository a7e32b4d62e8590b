import type { Reply } from "../assistant-types.ts";
import type { BotStore } from "../bot-store.ts";
import { kvKeys } from "../state/storage-provider.ts";
import type { PendingQuestion } from "./choices.ts";

/**
 * The questions the bot asked (replies with actions), kept in the store's kv so "2" or a 👍 after a restart
 * still maps to the right action: each question by its event id, plus the latest one per person in each
 * conversation. Two people with a question open in one room each have their own, so their answers never cross;
 * a question the bot started itself (a reminder) is kept under the empty person and is anyone's to answer.
 */
export class QuestionBook {
  /** Questions over the store's kv table. */
  constructor(readonly store: BotStore) {}

  /** The question sent as this event, if any. */
  async byEvent(eventId: string): Promise<PendingQuestion | undefined> {
    const raw = await this.store.kv.get(kvKeys.question(eventId));
    return raw === undefined ? undefined : (JSON.parse(raw) as PendingQuestion);
  }

  /** The open question a person's bare answer goes to: the latest one asked of them, else the bot's own. */
  async openFor(conversationId: string, userId: string): Promise<PendingQuestion | undefined> {
    return (await this.latest(conversationId, userId)) ?? (await this.latest(conversationId, ""));
  }

  /** Whether the question is still its asker's latest and unanswered (older ones are answered by nothing). */
  async isLatest(question: PendingQuestion): Promise<boolean> {
    const latest = await this.store.kv.get(kvKeys.pending(question.conversationId, question.askedBy));
    return latest === question.eventId;
  }

  /** Closes an answered question, unless a newer one of its asker has taken its place already. */
  async close(question: PendingQuestion): Promise<void> {
    if (await this.isLatest(question)) {
      await this.store.kv.delete(kvKeys.pending(question.conversationId, question.askedBy));
    }
  }

  /** Records a sent reply: a question when it has actions, else its asker has no open question any more. */
  async remember(reply: Reply, question: Omit<PendingQuestion, "actions" | "lang">): Promise<void> {
    const latestKey = kvKeys.pending(question.conversationId, question.askedBy);
    if (reply.actions.length === 0) {
      await this.store.kv.delete(latestKey);
      return;
    }
    const pending: PendingQuestion = { ...question, actions: reply.actions, lang: reply.lang };
    await this.store.kv.set(kvKeys.question(question.eventId), JSON.stringify(pending));
    await this.store.kv.set(latestKey, question.eventId);
  }

  private async latest(conversationId: string, userId: string): Promise<PendingQuestion | undefined> {
    const eventId = await this.store.kv.get(kvKeys.pending(conversationId, userId));
    return eventId === undefined ? undefined : this.byEvent(eventId);
  }
}
