import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { engines, openTestStore, type TestStore } from "../../test/engines.ts";

describe.each(engines)("leases on $name", (engine) => {
  let t: TestStore;
  beforeAll(async () => {
    t = await openTestStore(engine);
  });
  afterAll(async () => t?.cleanup());

  it("gives a free lease to the first instance and keeps others out until it expires", async () => {
    t.clock.set("2024-10-01T08:00:00Z");
    expect(await t.store.leases.acquire("matrix-sync", "a", 30_000)).toBe(true);
    expect(await t.store.leases.acquire("matrix-sync", "b", 30_000)).toBe(false);
    expect(await t.store.leases.holder("matrix-sync")).toBe("a");
    t.clock.advance(20_000);
    expect(await t.store.leases.acquire("matrix-sync", "a", 30_000)).toBe(true);
    t.clock.advance(20_000);
    expect(await t.store.leases.acquire("matrix-sync", "b", 30_000)).toBe(false);
    t.clock.advance(11_000);
    expect(await t.store.leases.holder("matrix-sync")).toBeUndefined();
    expect(await t.store.leases.acquire("matrix-sync", "b", 30_000)).toBe(true);
    expect(await t.store.leases.acquire("matrix-sync", "a", 30_000)).toBe(false);
  });

  it("frees a released lease at once, but only for its holder", async () => {
    t.clock.set("2024-10-02T08:00:00Z");
    await t.store.leases.acquire("digest", "a", 60_000);
    await t.store.leases.release("digest", "b");
    expect(await t.store.leases.holder("digest")).toBe("a");
    await t.store.leases.release("digest", "a");
    expect(await t.store.leases.acquire("digest", "b", 60_000)).toBe(true);
  });

  it("lets exactly one of many concurrent contenders win", async () => {
    t.clock.set("2024-10-03T08:00:00Z");
    const contenders = Array.from({ length: 8 }, (_, i) => `instance-${i}`);
    const results = await Promise.all(contenders.map((c) => t.store.leases.acquire("race", c, 30_000)));
    expect(results.filter(Boolean)).toHaveLength(1);
    expect(await t.store.leases.holder("race")).toBe(contenders[results.indexOf(true)]);
  });
});
