import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { aChartFile } from "../../test/builders.ts";
import { engines, openTestStore, type TestStore } from "../../test/engines.ts";
import { queryRows } from "../../test/table-rows.ts";
import { MAX_FILE_BYTES, StoreValidationError } from "../index.ts";

const DAY = 86_400_000;
const year = { retentionMs: 365 * DAY };

describe.each(engines)("files on $name", (engine) => {
  let t: TestStore;
  beforeAll(async () => {
    t = await openTestStore(engine);
  });
  afterAll(async () => t?.cleanup());

  it("keeps a file under an unguessable token and gives back exactly its bytes, name and type", async () => {
    t.clock.set("2026-11-28T12:00:00Z");
    const file = aChartFile();
    const token = await t.store.files.put(file, year);
    expect(token).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(await t.store.files.put(file, year)).not.toBe(token);
    const kept = await t.store.files.get(token);
    expect(kept).toEqual({
      fileName: "kaart-limburg.png",
      mimeType: "image/png",
      data: file.data,
      createdAt: new Date("2026-11-28T12:00:00Z"),
    });
    expect(kept?.data).toBeInstanceOf(Uint8Array);
  });

  it("serves a file until its retention ends, and never after", async () => {
    t.clock.set("2026-11-28T12:00:00Z");
    const token = await t.store.files.put(aChartFile(), { retentionMs: 2 * DAY });
    t.clock.set("2026-11-30T11:59:59.999Z");
    expect((await t.store.files.get(token))?.fileName).toBe("kaart-limburg.png");
    t.clock.set("2026-11-30T12:00:00Z");
    expect(await t.store.files.get(token)).toBeUndefined();
  });

  it("finds a file by its exact token only", async () => {
    t.clock.set("2026-11-28T12:00:00Z");
    const token = await t.store.files.put(aChartFile(), year);
    const flipped = token.replace(/[a-z]/, (c) => c.toUpperCase());
    for (const other of [
      flipped,
      token.slice(0, -1),
      `${token}A`,
      ` ${token}`,
      "%",
      `${token.slice(0, 20)}%`,
      "",
    ]) {
      expect(await t.store.files.get(other), other).toBeUndefined();
    }
    expect(await t.store.files.get(token)).toBeDefined();
  });

  it("stores only the token's hash, so the database holds no usable link", async () => {
    t.clock.set("2026-11-28T12:00:00Z");
    const token = await t.store.files.put(aChartFile(), year);
    const rows = await queryRows<{ token_hash: string }>(t.url, "select token_hash from files");
    expect(rows.length).toBeGreaterThan(0);
    expect(rows.map((r) => r.token_hash)).not.toContain(token);
    expect(JSON.stringify(rows)).not.toContain(token);
  });

  it("writes in the caller's transaction: a rolled-back put leaves no file", async () => {
    t.clock.set("2026-11-28T12:00:00Z");
    let token = "";
    await expect(
      t.store.transaction(async (tx) => {
        token = await tx.files.put(aChartFile(), year);
        expect(await tx.files.get(token)).toBeDefined();
        throw new Error("changed my mind");
      }),
    ).rejects.toThrow("changed my mind");
    expect(token).not.toBe("");
    expect(await t.store.files.get(token)).toBeUndefined();
  });

  it("refuses a file without a name or type, one too large, and a retention that is not positive", async () => {
    const refused = (promise: Promise<unknown>) =>
      expect(promise).rejects.toBeInstanceOf(StoreValidationError);
    await refused(t.store.files.put(aChartFile({ fileName: " " }), year));
    await refused(t.store.files.put(aChartFile({ mimeType: "" }), year));
    await refused(t.store.files.put(aChartFile({ data: new Uint8Array(MAX_FILE_BYTES + 1) }), year));
    await refused(t.store.files.put(aChartFile(), { retentionMs: 0 }));
    await refused(t.store.files.put(aChartFile(), { retentionMs: Number.NaN }));
  });

  it("prunes exactly the files expired at the instant", async () => {
    t.clock.set("2027-06-01T00:00:00Z");
    await t.store.files.pruneExpired(new Date("2100-01-01T00:00:00Z"));
    const soon = await t.store.files.put(aChartFile(), { retentionMs: DAY });
    const later = await t.store.files.put(aChartFile(), { retentionMs: 3 * DAY });
    expect(await t.store.files.pruneExpired(new Date("2027-06-01T23:59:59.999Z"))).toBe(0);
    expect(await t.store.files.pruneExpired(new Date("2027-06-02T00:00:00Z"))).toBe(1);
    t.clock.set("2027-06-01T12:00:00Z");
    expect(await t.store.files.get(soon)).toBeUndefined();
    expect(await t.store.files.get(later)).toBeDefined();
  });
});
