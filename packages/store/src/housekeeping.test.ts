import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { aChartFile } from "../test/builders.ts";
import { engines, openTestStore, type TestStore } from "../test/engines.ts";
import { queryRows } from "../test/table-rows.ts";
import { sweepAdapterState } from "./index.ts";

const DAY = 86_400_000;

describe.each(engines)("housekeeping of adapter state on $name", (engine) => {
  let t: TestStore;
  beforeAll(async () => {
    t = await openTestStore(engine);
  });
  afterAll(async () => t?.cleanup());

  it("forgets old open cards and redelivery markers, keeps recent ones and other keys", async () => {
    t.clock.set("2026-10-01T08:00:00Z");
    await t.store.kv.set("teams:card:old", "{}");
    await t.store.kv.set("matrix:sync-token", "s1");
    await t.store.kv.set("teams_card_lookalike", "{}");
    await t.store.kv.markProcessed("$old-event");
    t.clock.set("2026-11-25T08:00:00Z");
    await t.store.kv.set("teams:card:new", "{}");
    await t.store.kv.markProcessed("$new-event");

    const removed = await sweepAdapterState({
      store: t.store,
      keyPrefixes: ["teams:card:", "teams_card_"],
      keepMs: 30 * DAY,
      now: t.clock.now,
    });

    expect(removed).toBe(3);
    expect(await t.store.kv.get("teams:card:old")).toBeUndefined();
    expect(await t.store.kv.get("teams_card_lookalike")).toBeUndefined();
    expect(await t.store.kv.get("teams:card:new")).toBe("{}");
    expect(await t.store.kv.get("matrix:sync-token")).toBe("s1");
    expect(await t.store.kv.markProcessed("$old-event")).toBe(true);
    expect(await t.store.kv.markProcessed("$new-event")).toBe(false);
  });

  it("removes files past their own retention and keeps the others, whatever keepMs says", async () => {
    t.clock.set("2026-12-01T08:00:00Z");
    const expiring = await t.store.files.put(aChartFile({ fileName: "oud.png" }), { retentionMs: 7 * DAY });
    const kept = await t.store.files.put(aChartFile({ fileName: "blijft.png" }), { retentionMs: 365 * DAY });
    t.clock.set("2026-12-09T08:00:00Z");

    const removed = await sweepAdapterState({ store: t.store, keepMs: 400 * DAY, now: t.clock.now });

    expect(removed).toBe(1);
    const names = await queryRows<{ file_name: string }>(t.url, "select file_name from files");
    expect(names.map((row) => row.file_name)).toEqual(["blijft.png"]);
    expect(await t.store.files.get(expiring)).toBeUndefined();
    expect((await t.store.files.get(kept))?.fileName).toBe("blijft.png");
  });

  it("treats % and _ in a prefix as themselves", async () => {
    t.clock.set("2026-01-01T00:00:00Z");
    await t.store.kv.set("a_b:1", "x");
    await t.store.kv.set("aXb:1", "x");
    t.clock.set("2026-06-01T00:00:00Z");
    expect(await t.store.kv.pruneKeys("a_b:", new Date("2026-05-01T00:00:00Z"))).toBe(1);
    expect(await t.store.kv.get("aXb:1")).toBe("x");
  });
});
