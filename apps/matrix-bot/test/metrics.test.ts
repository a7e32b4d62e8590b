import { isReplyTo } from "@weerbaar/testing/synapse";
import { pino } from "pino";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type AppUnderTest, startAppUnderTest } from "./support/app-under-test.ts";
import { bodyOf, createWorld, directRoom, type World } from "./support/world.ts";

function sampleValue(text: string, series: string): number | undefined {
  const line = text.split("\n").find((l) => l.startsWith(`${series} `));
  return line === undefined ? undefined : Number(line.slice(series.length + 1));
}

describe("GET /metrics on the Matrix bot's health server", () => {
  let world: World;
  let t: AppUnderTest;
  beforeAll(async () => {
    world = await createWorld();
    t = await startAppUnderTest(world, pino({ level: "silent" }));
  });
  afterAll(async () => {
    await t?.app.close();
    await world?.close();
  });

  it("counts a turn under its intent with its latency, reports the sync lag and shows no text or names", async () => {
    const scrape = async () => (await fetch(`${t.healthUrl}/metrics`)).text();
    const turns = 'weerbaar_turns_total{platform="matrix",intent="echo"}';
    expect(sampleValue(await scrape(), turns)).toBeUndefined();
    const roomId = await directRoom(world, world.alice);
    const asked = await world.alice.sendText(roomId, "hoe staat Leudal ervoor?");
    const answer = await world.alice.waitForEvent(roomId, (e) => isReplyTo(e, asked), 15_000);
    expect(bodyOf(answer)).toBe("echo: hoe staat Leudal ervoor?");

    const text = await scrape();
    expect(sampleValue(text, turns)).toBe(1);
    expect(sampleValue(text, 'weerbaar_turn_duration_seconds_count{platform="matrix"}')).toBe(1);
    const lag = sampleValue(text, "weerbaar_matrix_sync_lag_seconds");
    expect(lag).toBeGreaterThanOrEqual(0);
    expect(lag).toBeLessThan(120);
    expect(text).toContain("nodejs_heap_size_used_bytes");
    for (const secret of ["Leudal", "echo:", world.alice.userId, "alice", roomId])
      expect(text).not.toContain(secret);
  });

  it("answers /livez and /readyz (and /healthz) on the health server", async () => {
    expect((await fetch(`${t.healthUrl}/livez`)).status).toBe(200);
    const ready = await fetch(`${t.healthUrl}/readyz`);
    expect(ready.status).toBe(200);
    expect(await ready.json()).toMatchObject({ ok: true, database: "ok" });
    expect((await fetch(`${t.healthUrl}/healthz`)).status).toBe(200);
  });
});
