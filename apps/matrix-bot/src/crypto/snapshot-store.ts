import { randomBytes } from "node:crypto";
import { mkdir, open, readFile, rename, rm } from "node:fs/promises";
import { dirname } from "node:path";
import type { KvRepository } from "@weerbaar/store";

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
 * A file in the bot's data directory: written to a temp file beside it, flushed to disk, then renamed over the
 * old one (a rename within a directory is atomic).
 */
export function fileSnapshotStore(path: string): SnapshotStore {
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
 */
export function kvSnapshotStore(kv: Pick<KvRepository, "get" | "set">, key: string): SnapshotStore {
  return {
    where: `the database (kv key ${key})`,
    async read() {
      const value = await kv.get(key);
      return value === undefined ? undefined : new Uint8Array(Buffer.from(value, "base64"));
    },
    async write(bytes) {
      await kv.set(key, Buffer.from(bytes).toString("base64"));
    },
  };
}
