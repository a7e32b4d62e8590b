import { describe, expect, it } from "vitest";
import { SlotLease } from "./lease.ts";

/** The kv operations the lease uses, in memory, with the same claim-once semantics as the store. */
function memoryKv() {
  const values = new Map<string, string>();
  const claimed = new Set<string>();
  return {
    get: async (key: string) => values.get(key),
    set: async (key: string, value: string) => void values.set(key, value),
    markProcessed: async (id: string) => {
      if (claimed.has(id)) return false;
      claimed.add(id);
      return true;
    },
  };
}

describe("SlotLease", () => {
  const slotMs = 10_000;
  const start = Date.UTC(2026, 10, 28, 12, 0, 0);

  it("lets exactly one of two instances lead, and the leader keeps leading by claiming ahead", async () => {
    const kv = memoryKv();
    let nowMs = start;
    const now = () => new Date(nowMs);
    const a = new SlotLease({ kv, name: "bot", slotMs, now });
    const b = new SlotLease({ kv, name: "bot", slotMs, now });
    expect(await a.check()).toBe(true);
    expect(await b.check()).toBe(false);
    for (let i = 0; i < 10; i++) {
      nowMs += 2_500;
      expect(await a.check()).toBe(true);
      expect(await b.check()).toBe(false);
    }
  });

  it("hands over within about 1.5 slots when the leader stops renewing", async () => {
    const kv = memoryKv();
    let nowMs = start + 6_000; // past half a slot: the leader claims the next slot too
    const now = () => new Date(nowMs);
    const a = new SlotLease({ kv, name: "bot", slotMs, now });
    const b = new SlotLease({ kv, name: "bot", slotMs, now });
    expect(await a.check()).toBe(true);
    // a dies here; b keeps checking
    let takenOverAt: number | undefined;
    for (let t = 0; t < 30_000 && takenOverAt === undefined; t += 1_000) {
      nowMs += 1_000;
      if (await b.check()) takenOverAt = nowMs;
    }
    expect(takenOverAt).toBe(start + 20_000);
  });

  it("frees the lease at once when the leader releases it", async () => {
    const kv = memoryKv();
    const now = () => new Date(start);
    const a = new SlotLease({ kv, name: "bot", slotMs, now });
    expect(await a.check()).toBe(true);
    await a.release();
    expect(a.holds()).toBe(false);
    const b = new SlotLease({ kv, name: "bot", slotMs, now });
    expect(await b.check()).toBe(true);
    expect(await a.check()).toBe(false);
  });
});
