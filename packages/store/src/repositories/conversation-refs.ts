import {
  type Executor,
  fromStored,
  inTransaction,
  toStored,
  type WriteContext,
  writeAudit,
} from "../engine/context.ts";
import { prepareQuery } from "../engine/prepared.ts";

const storedReference = prepareQuery((db, conversationId: string) =>
  db
    .selectFrom("conversationRefs")
    .select(["reference", "active"])
    .where("conversationId", "=", conversationId),
);

/** A stored Teams conversation reference, needed to message a conversation proactively. */
export type ConversationRef<T = unknown> = {
  conversationId: string;
  reference: T;
  active: boolean;
  updatedAt: Date;
};

/** Teams conversation references (JSON), kept while the bot is installed in the conversation. */
export interface ConversationRefsRepository {
  /**
   * Saves (replaces) the reference of a conversation and marks it active; returns false, writing nothing, when the
   * same reference is stored and active already (every message brings its reference along).
   */
  save(conversationId: string, reference: unknown, ctx: WriteContext): Promise<boolean>;
  /** The reference of a conversation, or undefined. */
  get<T = unknown>(conversationId: string): Promise<ConversationRef<T> | undefined>;
  /** All active references. */
  listActive<T = unknown>(): Promise<ConversationRef<T>[]>;
  /** Marks a reference inactive (bot removed); no-op when unknown. */
  deactivate(conversationId: string, ctx: WriteContext): Promise<void>;
}

/** The conversation references repository over an executor. */
export function conversationRefsRepository(exec: Executor): ConversationRefsRepository {
  const toRef = <T>(row: {
    conversationId: string;
    reference: string;
    active: number;
    updatedAt: Date | string;
  }) => ({
    conversationId: row.conversationId,
    reference: JSON.parse(row.reference) as T,
    active: row.active === 1,
    updatedAt: fromStored(row.updatedAt),
  });
  return {
    async save(conversationId, reference, ctx) {
      const json = JSON.stringify(reference);
      const [stored] = await storedReference(exec, conversationId);
      if (stored?.active === 1 && stored.reference === json) return false;
      await inTransaction(exec, async (tx) => {
        const at = toStored(exec.now());
        await tx
          .insertInto("conversationRefs")
          .values({ conversationId, reference: json, active: 1, createdAt: at, updatedAt: at })
          .onConflict((oc) =>
            oc.column("conversationId").doUpdateSet({ reference: json, active: 1, updatedAt: at }),
          )
          .execute();
        await writeAudit(tx, exec, ctx, {
          action: "conversation_ref.saved",
          entityType: "conversation_ref",
          entityId: conversationId,
        });
      });
      return true;
    },

    async get<T>(conversationId: string) {
      const row = await exec.db
        .selectFrom("conversationRefs")
        .selectAll()
        .where("conversationId", "=", conversationId)
        .executeTakeFirst();
      return row ? toRef<T>(row) : undefined;
    },

    async listActive<T>() {
      const rows = await exec.db
        .selectFrom("conversationRefs")
        .selectAll()
        .where("active", "=", 1)
        .orderBy("conversationId")
        .execute();
      return rows.map((row) => toRef<T>(row));
    },

    async deactivate(conversationId, ctx) {
      await inTransaction(exec, async (tx) => {
        const result = await tx
          .updateTable("conversationRefs")
          .set({ active: 0, updatedAt: toStored(exec.now()) })
          .where("conversationId", "=", conversationId)
          .executeTakeFirst();
        if (Number(result.numUpdatedRows) === 0) return;
        await writeAudit(tx, exec, ctx, {
          action: "conversation_ref.deactivated",
          entityType: "conversation_ref",
          entityId: conversationId,
        });
      });
    },
  };
}
