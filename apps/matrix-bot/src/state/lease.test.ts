import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { openStore, type Store } from "@weerbaar/store";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { LeaderLease } from "./lease.ts";

describe("LeaderLease on the store's lease row", () => {
  const ttlMs = 20_000;
  let dir: string;
  let store: Store;
  let nowMs: number;
  const now = () => new Date(nowMs);
  beforeEach(async () => {
    dir = mkdtempSync(join(tmpdir(), "weerbaar-lease-"));
    nowMs = Date.UTC(2026, 10, 28, 12, 0, 0);
    store = await openStore(`sqlite:${join(dir, "weerbaar.db")}`, { now });
  });
  afterEach(async () => {
    await store.close();
    rmSync(dir, { recursive: true, force: true });
  });
  const lease = (holder: string) =>
    new LeaderLease({ leases: store.leases, name: "matrix-bot", ttlMs, now, holder });

  it("lets exactly one of two instances lead while the leader keeps renewing", async () => {
    const a = lease("a");
    const b = lease("b");
    expect(await a.check()).toBe(true);
    expect(await b.check()).toBe(false);
    for (let i = 0; i < 10; i++) {
      nowMs += ttlMs / 4;
      expect(await a.check()).toBe(true);
      expect(await b.check()).toBe(false);
      expect(a.holds() && !b.holds()).toBe(true);
    }
  });

  it("hands over within one ttl when the leader stops renewing", async () => {
    const a = lease("a");
    const b = lease("b");
    await a.check();
    const diedAt = nowMs;
    let takenOverAt: number | undefined;
    while (takenOverAt === undefined && nowMs - diedAt < 3 * ttlMs) {
      nowMs += 1_000;
      if (await b.check()) takenOverAt = nowMs;
    }
    expect(takenOverAt).toBeDefined();
    expect((takenOverAt ?? 0) - diedAt).toBeLessThanOrEqual(ttlMs + 1_000);
    expect(a.holds()).toBe(false);
  });

  it("hands over at once when the leader releases", async () => {
    const a = lease("a");
    const b = lease("b");
    await a.check();
    await a.release();
    expect(await b.check()).toBe(true);
  });
});
