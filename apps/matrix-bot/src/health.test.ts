import { describe, expect, it } from "vitest";
import { checkHealth, startHealthServer } from "./health.ts";

const now = new Date("2026-11-28T12:00:00Z");
const up = { health: async () => ({ ok: true as const, engine: "sqlite" as const }) };
const down = { health: async () => ({ ok: false as const, engine: "postgres" as const, error: "refused" }) };

describe("checkHealth", () => {
  it("is healthy as a leader with a recent sync or as a standby", async () => {
    const lastSyncAt = new Date(now.getTime() - 5_000);
    expect(await checkHealth({ running: true, leader: true, lastSyncAt }, up, now, 60_000)).toEqual({
      ok: true,
      sync: "leader",
      database: "ok",
      lastSyncAt: lastSyncAt.toISOString(),
    });
    expect((await checkHealth({ running: true, leader: false }, up, now, 60_000)).ok).toBe(true);
  });

  it("is unhealthy when the sync stalled, the bot stopped or the database is unreachable", async () => {
    const old = new Date(now.getTime() - 120_000);
    expect(
      await checkHealth({ running: true, leader: true, lastSyncAt: old }, up, now, 60_000),
    ).toMatchObject({
      ok: false,
      sync: "stalled",
    });
    expect(await checkHealth({ running: false, leader: false }, up, now, 60_000)).toMatchObject({
      ok: false,
    });
    expect(await checkHealth({ running: true, leader: false }, down, now, 60_000)).toMatchObject({
      ok: false,
      database: "unreachable",
    });
  });

  it("serves GET /healthz with 200 or 503", async () => {
    let ok = true;
    const server = await startHealthServer(0, async () => ({ ok, sync: "leader", database: "ok" }));
    const address = server.address();
    const port = typeof address === "object" && address ? address.port : 0;
    try {
      expect((await fetch(`http://127.0.0.1:${port}/healthz`)).status).toBe(200);
      ok = false;
      const response = await fetch(`http://127.0.0.1:${port}/healthz`);
      expect(response.status).toBe(503);
      expect(await response.json()).toMatchObject({ ok: false });
      expect((await fetch(`http://127.0.0.1:${port}/other`)).status).toBe(404);
    } finally {
      server.close();
    }
  });
});
