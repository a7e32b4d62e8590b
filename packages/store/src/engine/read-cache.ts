import { sql, type Transaction } from "kysely";
import type { Executor } from "./context.ts";
import type { Database } from "./schema.ts";

/** Topics whose whole-table reads are kept in memory between writes. */
export type ReadTopic = "survey" | "staff";

type Entry = { version: string; value: unknown };

/**
 * In-memory copies of whole-table reads, each tagged with the topic version it was loaded at. A write bumps the
 * version inside its own transaction (bumpReadVersion), so a copy is reused only while no process or replica has
 * committed a change since: one primary-key lookup replaces the full query.
 */
export class ReadCache {
  readonly #entries = new Map<ReadTopic, Entry>();

  /** The cached value of `topic`, or a fresh one from `load` when the stored version moved on. */
  async read<T>(exec: Executor, topic: ReadTopic, load: () => Promise<T>): Promise<T> {
    // A transaction may see its own uncommitted writes under a version number another writer will reuse.
    if (exec.db.isTransaction) return load();
    const version = await storedVersion(exec, topic);
    const cached = this.#entries.get(topic);
    if (version !== undefined && cached?.version === version) return cached.value as T;
    // Loaded after the version was read, so the copy is at least as new as its tag (stale tags only cost a reload).
    const value = await load();
    if (version !== undefined) this.#entries.set(topic, { version, value });
    return value;
  }

  /** The cached value of `topic` if it is still current, else undefined (for reads cheaper done directly). */
  async current<T>(exec: Executor, topic: ReadTopic): Promise<T | undefined> {
    if (exec.db.isTransaction) return undefined;
    const cached = this.#entries.get(topic);
    if (!cached) return undefined;
    return cached.version === (await storedVersion(exec, topic)) ? (cached.value as T) : undefined;
  }
}

async function storedVersion(exec: Executor, topic: ReadTopic): Promise<string | undefined> {
  const row = await exec.db
    .selectFrom("readVersions")
    .select("version")
    .where("topic", "=", topic)
    .executeTakeFirst();
  return row ? String(row.version) : undefined;
}

/** Marks `topic` changed; call it inside the writing transaction so the bump commits or rolls back with it. */
export async function bumpReadVersion(tx: Transaction<Database>, topic: ReadTopic): Promise<void> {
  await tx
    .updateTable("readVersions")
    .set({ version: sql<number>`version + 1` })
    .where("topic", "=", topic)
    .execute();
}
