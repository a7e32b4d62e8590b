import { sql } from "kysely";
import { type Executor, toStored } from "../engine/context.ts";

const likePattern = (prefix: string) => `${prefix.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;

/**
 * Small adapter state (e.g. the Matrix sync token) and ids of handled chat events. Not audited: machine state
 * written on every sync, not a change anyone makes.
 */
export interface KvRepository {
  /** The value of a key, or undefined. */
  get(key: string): Promise<string | undefined>;
  /** Sets a key. */
  set(key: string, value: string): Promise<void>;
  /** Removes a key. */
  delete(key: string): Promise<void>;
  /** Marks a chat event handled; true the first time, false when it was already marked (a redelivery). */
  markProcessed(eventId: string): Promise<boolean>;
  /** Forgets processed-event ids older than the instant; returns how many. */
  pruneProcessed(olderThan: Date): Promise<number>;
  /** Removes the keys starting with `prefix` last set before the instant; returns how many. */
  pruneKeys(prefix: string, olderThan: Date): Promise<number>;
}

/** The key/value repository over an executor. */
export function kvRepository(exec: Executor): KvRepository {
  return {
    async get(key) {
      const row = await exec.db.selectFrom("kv").select("value").where("key", "=", key).executeTakeFirst();
      return row?.value;
    },

    async set(key, value) {
      const updatedAt = toStored(exec.now());
      await exec.db
        .insertInto("kv")
        .values({ key, value, updatedAt })
        .onConflict((oc) => oc.column("key").doUpdateSet({ value, updatedAt }))
        .execute();
    },

    async delete(key) {
      await exec.db.deleteFrom("kv").where("key", "=", key).execute();
    },

    async markProcessed(eventId) {
      const result = await exec.db
        .insertInto("processedEvents")
        .values({ eventId, processedAt: toStored(exec.now()) })
        .onConflict((oc) => oc.column("eventId").doNothing())
        .executeTakeFirst();
      return Number(result.numInsertedOrUpdatedRows ?? 0n) > 0;
    },

    async pruneProcessed(olderThan) {
      const result = await exec.db
        .deleteFrom("processedEvents")
        .where("processedAt", "<", toStored(olderThan))
        .executeTakeFirst();
      return Number(result.numDeletedRows);
    },

    async pruneKeys(prefix, olderThan) {
      const result = await exec.db
        .deleteFrom("kv")
        .where(sql<boolean>`${sql.ref("key")} like ${likePattern(prefix)} escape '\\'`)
        .where("updatedAt", "<", toStored(olderThan))
        .executeTakeFirst();
      return Number(result.numDeletedRows);
    },
  };
}
