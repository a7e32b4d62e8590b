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

  it("serves /livez always, and /readyz and its alias /healthz with 200 or 503", async () => {
    let ok = true;
    const server = await startHealthServer({
      port: 0,
      host: "127.0.0.1",
      health: async () => ({ ok, sync: ok ? "leader" : "stalled", database: "ok" }),
    });
    const address = server.address();
    const port = typeof address === "object" && address ? address.port : 0;
    const get = (path: string) => fetch(`http://127.0.0.1:${port}${path}`);
    try {
      expect((await get("/readyz")).status).toBe(200);
      expect((await get("/healthz")).status).toBe(200);
      ok = false;
      for (const path of ["/readyz", "/healthz"]) {
        const response = await get(path);
        expect(response.status, path).toBe(503);
        expect(await response.json()).toMatchObject({ ok: false, sync: "stalled" });
      }
      const live = await get("/livez");
      expect(live.status).toBe(200);
      expect(await live.json()).toEqual({ status: "ok" });
      expect((await get("/other")).status).toBe(404);
      expect((await get("/metrics")).status).toBe(404);
    } finally {
      server.close();
    }
  });

  it("answers 503 when the health check itself throws", async () => {
    const server = await startHealthServer({
      port: 0,
      host: "127.0.0.1",
      health: async () => {
        throw new Error("database gone");
      },
    });
    const address = server.address();
    const port = typeof address === "object" && address ? address.port : 0;
    try {
      expect((await fetch(`http://127.0.0.1:${port}/readyz`)).status).toBe(503);
      expect((await fetch(`http://127.0.0.1:${port}/livez`)).status).toBe(200);
    } finally {
      server.close();
    }
  });

  it("binds the configured host only", async () => {
    const server = await startHealthServer({
      port: 0,
      host: "127.0.0.1",
      health: async () => ({ ok: true, sync: "leader", database: "ok" }),
    });
    try {
      expect(server.address()).toMatchObject({ address: "127.0.0.1" });
    } finally {
      server.close();
    }
  });
});
