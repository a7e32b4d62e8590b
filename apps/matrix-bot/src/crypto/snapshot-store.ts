import { randomBytes } from "node:crypto";
import { mkdir, open, readFile, rename, rm } from "node:fs/promises";
import { dirname } from "node:path";
import type { Store } from "@weerbaar/store";
import type { LeaseHold } from "../state/lease.ts";

/** Where the crypto store's copy is kept between runs: one blob, replaced as a whole. */
export interface SnapshotStore {
  /** For messages: where the copy lives. */
  readonly where: string;
  /** The last copy written, or undefined when there is none. */
  read(): Promise<Uint8Array | undefined>;
  /** Replaces the copy atomically: a crash leaves the old or the new one, never a mix. */
  write(bytes: Uint8Array): Promise<void>;
}

/**
 * A fenced write was refused: this instance no longer holds the lease, so another may lead and have written a
 * newer copy that this one must not overwrite. Nothing was written.
 */
export class LeaseLostError extends Error {
  override name = "LeaseLostError";
}

/**
 * A file in the bot's data directory: written to a temp file beside it, flushed to disk, then renamed over the
 * old one (a rename within a directory is atomic). With `stillLeads` (the lease asked of the database) the rename
 * happens only when it answers true, so a leader that lost its lease mid-batch leaves the new leader's copy alone.
 */
export function fileSnapshotStore(path: string, stillLeads?: () => Promise<boolean>): SnapshotStore {
  return {
    where: path,
    async read() {
      try {
        return new Uint8Array(await readFile(path));
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code === "ENOENT") return undefined;
        throw error;
      }
    },
    async write(bytes) {
      await mkdir(dirname(path), { recursive: true });
      const temp = `${path}.${randomBytes(4).toString("hex")}.tmp`;
      const handle = await open(temp, "w", 0o600);
      try {
        await handle.writeFile(bytes);
        await handle.sync();
      } finally {
        await handle.close();
      }
      try {
        // As late as possible: the window between this check and the rename is one system call.
        if (stillLeads && !(await stillLeads())) throw new LeaseLostError(`lease lost: ${path} not written`);
        await rename(temp, path);
      } catch (error) {
        await rm(temp, { force: true });
        throw error;
      }
    },
  };
}

/**
 * A key in the store's kv table (base64): the copy lives in the same database as everything else, so it is not
 * lost with the machine and another instance that takes the lease over finds it. One upsert is atomic.
 *
 * With `hold`, the write is fenced by the lease in one transaction: the lease row must name this holder (not
 * expired, not released), and renewing it there takes the row's lock until commit, so no other instance can take
 * the lease between the check and the upsert (PostgreSQL; SQLite runs write transactions one at a time).
 * Otherwise nothing is written and the write throws LeaseLostError.
 */
export function kvSnapshotStore(
  store: Pick<Store, "kv" | "transaction">,
  key: string,
  hold?: LeaseHold,
): SnapshotStore {
  return {
    where: `the database (kv key ${key})`,
    async read() {
      const value = await store.kv.get(key);
      return value === undefined ? undefined : new Uint8Array(Buffer.from(value, "base64"));
    },
    async write(bytes) {
      const value = Buffer.from(bytes).toString("base64");
      if (!hold) {
        await store.kv.set(key, value);
        return;
      }
      await store.transaction(async (tx) => {
        const held =
          (await tx.leases.holder(hold.name)) === hold.holder &&
          (await tx.leases.acquire(hold.name, hold.holder, hold.ttlMs));
        if (!held) throw new LeaseLostError(`lease lost: kv key ${key} not written`);
        await tx.kv.set(key, value);
      });
    },
  };
}
