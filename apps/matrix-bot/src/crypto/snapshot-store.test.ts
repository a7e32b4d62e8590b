import { mkdtemp, readdir, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { openStore, type Store } from "@weerbaar/store";
import { createTestDatabase } from "@weerbaar/testing/postgres";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { type LeaseHold, MATRIX_LEASE_NAME, stillHolds } from "../state/lease.ts";
import { fileSnapshotStore, kvSnapshotStore, LeaseLostError } from "./snapshot-store.ts";

const TTL_MS = 4000;
const holdOf = (holder: string): LeaseHold => ({ name: MATRIX_LEASE_NAME, holder, ttlMs: TTL_MS });
const bytes = (text: string) => new Uint8Array(Buffer.from(text));

// The PostgreSQL run needs TEST_POSTGRES_URL (tooling/scripts/test.sh starts one); SQLite always runs.
const engines = process.env.TEST_POSTGRES_URL ? ["sqlite", "postgres"] : ["sqlite"];

describe.each(engines)("the crypto store's copy is written only while the lease is held (%s)", (engine) => {
  let dir: string;
  let store: Store;
  let drop: (() => Promise<void>) | undefined;
  let clock = new Date("2026-12-01T12:00:00Z");

  beforeEach(async () => {
    dir = await mkdtemp(join(tmpdir(), "weerbaar-snapshots-"));
    clock = new Date("2026-12-01T12:00:00Z");
    let url = `sqlite:${join(dir, "bot.db")}`;
    if (engine === "postgres") {
      const database = await createTestDatabase("snapshots");
      url = database.url;
      drop = database.drop;
    }
    store = await openStore(url, { now: () => clock });
  });
  afterEach(async () => {
    await store.close();
    await drop?.();
    drop = undefined;
    await rm(dir, { recursive: true, force: true });
  });

  /** A leads; its lease runs out; B takes over and writes its copy. */
  const takeOver = async (write: (holder: string, text: string) => Promise<void>) => {
    expect(await store.leases.acquire(MATRIX_LEASE_NAME, "A", TTL_MS)).toBe(true);
    await write("A", "copy of A");
    clock = new Date(clock.getTime() + TTL_MS + 1);
    expect(await store.leases.acquire(MATRIX_LEASE_NAME, "B", TTL_MS)).toBe(true);
    await write("B", "copy of B");
  };

  it("kv: a write by the leader that lost the lease is refused and leaves the new leader's copy", async () => {
    const kvFor = (holder: string) => kvSnapshotStore(store, "matrix:crypto-store", holdOf(holder));
    await takeOver((holder, text) => kvFor(holder).write(bytes(text)));
    await expect(kvFor("A").write(bytes("stale copy of A"))).rejects.toBeInstanceOf(LeaseLostError);
    expect(await kvFor("B").read()).toEqual(bytes("copy of B"));
    // The refused write did not take the lease back either.
    expect(await store.leases.holder(MATRIX_LEASE_NAME)).toBe("B");
  });

  it("kv: a free lease (released by the new leader) does not let the old one write", async () => {
    const kvFor = (holder: string) => kvSnapshotStore(store, "matrix:crypto-store", holdOf(holder));
    await takeOver((holder, text) => kvFor(holder).write(bytes(text)));
    await store.leases.release(MATRIX_LEASE_NAME, "B");
    await expect(kvFor("A").write(bytes("stale copy of A"))).rejects.toBeInstanceOf(LeaseLostError);
    expect(await kvFor("B").read()).toEqual(bytes("copy of B"));
    expect(await store.leases.holder(MATRIX_LEASE_NAME)).toBeUndefined();
  });

  it("file: the rename is skipped once the lease is lost, and no temp file is left", async () => {
    const path = join(dir, "crypto-store.bin");
    const fileFor = (holder: string) =>
      fileSnapshotStore(path, () => stillHolds(store.leases, holdOf(holder)));
    await takeOver((holder, text) => fileFor(holder).write(bytes(text)));
    await expect(fileFor("A").write(bytes("stale copy of A"))).rejects.toBeInstanceOf(LeaseLostError);
    expect(await fileFor("B").read()).toEqual(bytes("copy of B"));
    expect((await readdir(dir)).filter((name) => name.endsWith(".tmp"))).toEqual([]);
  });
});
