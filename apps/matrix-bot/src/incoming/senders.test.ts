import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { openStore, type Store } from "@weerbaar/store";
import { pino } from "pino";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import type { BotContext } from "../bot-context.ts";
import { mayTakeUp, STRANGER_PERIOD_MS } from "./senders.ts";

const BOT = "@weerbaar:weerbaar.test";
const ANNA = "@anna:weerbaar.test";
const OTHER_BOT = "@notifier:weerbaar.test";

describe("who the bot takes up", () => {
  let dir: string;
  let store: Store;
  let now = new Date("2026-12-01T09:00:00Z");
  // The parts of the context the guard reads, over a real SQLite store.
  const context = () =>
    ({
      store,
      now: () => now,
      log: pino({ level: "silent" }),
      self: { userId: BOT, commandPrefix: "!weerbaar" },
    }) as unknown as BotContext;

  beforeEach(async () => {
    dir = mkdtempSync(join(tmpdir(), "weerbaar-senders-"));
    store = await openStore(`sqlite:${join(dir, "senders.db")}`);
    await store.staff.upsert(
      { displayName: "Anna", role: "advisor", identities: [{ platform: "matrix", userId: ANNA }] },
      { actorId: "system", channel: "test" },
    );
  });
  afterEach(async () => {
    await store.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it("never itself, always staff", async () => {
    const ctx = context();
    expect(await mayTakeUp(ctx, BOT)).toBe(false);
    for (let i = 0; i < 3; i++) expect(await mayTakeUp(ctx, ANNA)).toBe(true);
  });

  it("anyone else once a day", async () => {
    const ctx = context();
    expect(await mayTakeUp(ctx, OTHER_BOT)).toBe(true);
    expect(await mayTakeUp(ctx, OTHER_BOT)).toBe(false);
    now = new Date(now.getTime() + STRANGER_PERIOD_MS - 1000);
    expect(await mayTakeUp(ctx, OTHER_BOT)).toBe(false);
    now = new Date(now.getTime() + 2000);
    expect(await mayTakeUp(ctx, OTHER_BOT)).toBe(true);
    expect(await mayTakeUp(ctx, OTHER_BOT)).toBe(false);
  });
});
