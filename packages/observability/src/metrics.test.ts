import { describe, expect, it } from "vitest";
import { createBotMetrics } from "./metrics.ts";

/** The value of one sample in the exposition text, e.g. `weerbaar_turns_total{platform="teams",intent="help"}`. */
function sample(text: string, series: string): number | undefined {
  const line = text.split("\n").find((l) => l.startsWith(`${series} `));
  return line === undefined ? undefined : Number(line.slice(series.length + 1));
}

describe("createBotMetrics", () => {
  it("counts turns by platform and intent and records their duration", async () => {
    const metrics = createBotMetrics({ platform: "teams", processMetrics: false });
    metrics.turn("body_status", 0.012);
    metrics.turn("body_status", 0.3);
    metrics.turn("help", 0.001);
    const text = await metrics.registry.metrics();
    expect(sample(text, 'weerbaar_turns_total{platform="teams",intent="body_status"}')).toBe(2);
    expect(sample(text, 'weerbaar_turns_total{platform="teams",intent="help"}')).toBe(1);
    expect(sample(text, 'weerbaar_turn_duration_seconds_count{platform="teams"}')).toBe(3);
    expect(sample(text, 'weerbaar_turn_duration_seconds_bucket{le="0.025",platform="teams"}')).toBe(2);
  });

  it("never turns text into a label: an intent that is not an identifier counts as other", async () => {
    const metrics = createBotMetrics({ platform: "matrix", processMetrics: false });
    metrics.turn("Jan Jansen belt Leudal", 0.01);
    metrics.turn("x".repeat(100), 0.01);
    const text = await metrics.registry.metrics();
    expect(sample(text, 'weerbaar_turns_total{platform="matrix",intent="other"}')).toBe(2);
    expect(text).not.toContain("Jansen");
    expect(text).not.toContain("xxxxxxxx");
  });

  it("counts reminder outcomes of a worker round", async () => {
    const metrics = createBotMetrics({ platform: "teams", processMetrics: false });
    metrics.reminderRound({
      sent: [{ late: false }, { late: true }, { late: false }],
      dropped: [{ stale: true }],
      failed: [{ final: false }, { final: true }],
    });
    const text = await metrics.registry.metrics();
    const outcome = (o: string) =>
      sample(text, `weerbaar_reminder_deliveries_total{platform="teams",outcome="${o}"}`);
    expect([outcome("sent"), outcome("sent_late"), outcome("dropped"), outcome("dropped_stale")]).toEqual([
      2, 1, 0, 1,
    ]);
    expect([outcome("retrying"), outcome("failed")]).toEqual([1, 1]);
  });

  it("defines e-mail deliveries and database errors at zero, and counts them", async () => {
    const metrics = createBotMetrics({ platform: "teams", processMetrics: false });
    let text = await metrics.registry.metrics();
    expect(text).toMatch(/# HELP weerbaar_email_deliveries_total .*no e-mail outbox yet/);
    expect(sample(text, 'weerbaar_email_deliveries_total{platform="teams",outcome="sent"}')).toBe(0);
    expect(sample(text, 'weerbaar_database_errors_total{platform="teams",source="turn"}')).toBe(0);
    metrics.databaseError("readiness");
    metrics.emailDelivery("failed");
    text = await metrics.registry.metrics();
    expect(sample(text, 'weerbaar_database_errors_total{platform="teams",source="readiness"}')).toBe(1);
    expect(sample(text, 'weerbaar_email_deliveries_total{platform="teams",outcome="failed"}')).toBe(1);
  });

  it("reads the Matrix sync lag at scrape time, only on Matrix", async () => {
    let lag = 0.5;
    const metrics = createBotMetrics({
      platform: "matrix",
      processMetrics: false,
      syncLagSeconds: () => lag,
    });
    expect(sample(await metrics.registry.metrics(), "weerbaar_matrix_sync_lag_seconds")).toBe(0.5);
    lag = 4.5;
    expect(sample(await metrics.registry.metrics(), "weerbaar_matrix_sync_lag_seconds")).toBe(4.5);
    const teams = createBotMetrics({ platform: "teams", processMetrics: false });
    expect(await teams.registry.metrics()).not.toContain("sync_lag");
  });

  it("includes Node's process metrics by default, per registry", async () => {
    const first = createBotMetrics({ platform: "teams" });
    const second = createBotMetrics({ platform: "teams" });
    expect(await first.registry.metrics()).toContain("process_cpu_user_seconds_total");
    expect(await second.registry.metrics()).toContain("nodejs_eventloop_lag_seconds");
  });
});
