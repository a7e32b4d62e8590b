import { sql } from "kysely";
import { type Executor, fromStored, fromStoredOptional, toStored } from "../engine/context.ts";
import { prepareQuery } from "../engine/prepared.ts";

const conversationById = prepareQuery((db, id: string) =>
  db.selectFrom("conversations").selectAll().where("id", "=", id),
);

/** A dialog's saved state. */
export type ConversationState<T = unknown> = { state: T; updatedAt: Date; expiresAt: Date | undefined };

/**
 * Multi-turn dialog state per conversation id. Not audited: it is working memory of the assistant, rewritten on
 * every message; the changes a dialog leads to are audited where they are made.
 */
export interface ConversationsRepository {
  /** The saved state, or undefined when none or expired. */
  load<T = unknown>(conversationId: string): Promise<ConversationState<T> | undefined>;
  /** Saves (replaces) the state; `ttlMs` makes it expire. */
  save(conversationId: string, state: unknown, options?: { ttlMs?: number }): Promise<void>;
  /** Forgets the state. */
  clear(conversationId: string): Promise<void>;
  /**
   * The unexpired states whose id starts with `prefix`, most recently saved first: the open questions of every
   * person in one shared conversation, whose ids are the conversation's id and the person's.
   */
  openWithPrefix<T = unknown>(prefix: string): Promise<(ConversationState<T> & { conversationId: string })[]>;
  /** Deletes expired states; returns how many. */
  purgeExpired(): Promise<number>;
}

/** The conversations repository over an executor. */
export function conversationsRepository(exec: Executor): ConversationsRepository {
  return {
    async load<T>(conversationId: string) {
      const [row] = await conversationById(exec, conversationId);
      if (!row) return undefined;
      const expiresAt = fromStoredOptional(row.expiresAt);
      if (expiresAt && expiresAt.getTime() <= exec.now().getTime()) return undefined;
      return { state: JSON.parse(row.state) as T, updatedAt: fromStored(row.updatedAt), expiresAt };
    },

    async save(conversationId, state, options = {}) {
      const now = exec.now();
      const values = {
        state: JSON.stringify(state ?? null),
        updatedAt: toStored(now),
        expiresAt: options.ttlMs !== undefined ? toStored(new Date(now.getTime() + options.ttlMs)) : null,
      };
      await exec.db
        .insertInto("conversations")
        .values({ id: conversationId, ...values })
        .onConflict((oc) => oc.column("id").doUpdateSet(values))
        .execute();
    },

    async clear(conversationId) {
      await exec.db.deleteFrom("conversations").where("id", "=", conversationId).execute();
    },

    async openWithPrefix<T>(prefix: string) {
      // substr rather than LIKE: ids are free text (Teams ids hold ';' and '_'), and no escaping can go wrong.
      const rows = await exec.db
        .selectFrom("conversations")
        .selectAll()
        .where(sql`substr(id, 1, ${prefix.length})`, "=", prefix)
        .where((eb) => eb.or([eb("expiresAt", "is", null), eb("expiresAt", ">", toStored(exec.now()))]))
        .orderBy("updatedAt", "desc")
        .execute();
      return rows.map((row) => ({
        conversationId: row.id,
        state: JSON.parse(row.state) as T,
        updatedAt: fromStored(row.updatedAt),
        expiresAt: fromStoredOptional(row.expiresAt),
      }));
    },

    async purgeExpired() {
      const result = await exec.db
        .deleteFrom("conversations")
        .where("expiresAt", "<=", toStored(exec.now()))
        .executeTakeFirst();
      return Number(result.numDeletedRows);
    },
  };
}
