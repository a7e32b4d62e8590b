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
  readonly #changeToken: (() => string) | undefined;
  #versions: { token: string; byTopic: ReadonlyMap<string, string> } | undefined;

  /**
   * `changeToken` (SQLite) changes with every commit to the file; while it stands still the versions read last
   * are still the stored ones, so most reads need no query at all. Without it (PostgreSQL) every read asks.
   */
  constructor(changeToken?: () => string) {
    this.#changeToken = changeToken;
  }

  /** The cached value of `topic`, or a fresh one from `load` when the stored version moved on. */
  async read<T>(exec: Executor, topic: ReadTopic, load: () => Promise<T>): Promise<T> {
    // A transaction may see its own uncommitted writes under a version number another writer will reuse.
    if (exec.db.isTransaction) return load();
    const version = await this.#storedVersion(exec, topic);
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
    return cached.version === (await this.#storedVersion(exec, topic)) ? (cached.value as T) : undefined;
  }

  async #storedVersion(exec: Executor, topic: ReadTopic): Promise<string | undefined> {
    // Taken before the query: a commit in between changes the token, so the next read asks again.
    const token = this.#changeToken?.();
    if (token !== undefined && this.#versions?.token === token) return this.#versions.byTopic.get(topic);
    const rows = await exec.db.selectFrom("readVersions").select(["topic", "version"]).execute();
    const byTopic = new Map(rows.map((row) => [row.topic, String(row.version)]));
    if (token !== undefined) this.#versions = { token, byTopic };
    return byTopic.get(topic);
  }
}

/** Marks `topic` changed; call it inside the writing transaction so the bump commits or rolls back with it. */
export async function bumpReadVersion(tx: Transaction<Database>, topic: ReadTopic): Promise<void> {
  await tx
    .updateTable("readVersions")
    .set({ version: sql<number>`version + 1` })
    .where("topic", "=", topic)
    .execute();
}
