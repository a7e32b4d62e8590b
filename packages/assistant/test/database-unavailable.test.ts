// PostgreSQL stopped mid-run: users get a clear "try again later" in their language, nothing throws, no promise
// is left rejected, and the assistant answers normally again once the server is back (the pool reconnects).
// The test starts its OWN throwaway cluster: the shared test server must never be stopped.
import { execFileSync } from "node:child_process";
import { chownSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { freePort } from "@weerbaar/testing/ports";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createScenario, type Scenario } from "./scenario.ts";

const PG_BIN = "/usr/lib/postgresql/15/bin";
const isRoot = process.getuid?.() === 0;

/** A PostgreSQL 15 cluster of this test only, started and stopped with pg_ctl (as postgres when run as root). */
async function throwawayCluster() {
  const dir = mkdtempSync(join(tmpdir(), "weerbaar-pg-down-"));
  const uid = isRoot ? Number(execFileSync("id", ["-u", "postgres"]).toString().trim()) : undefined;
  if (uid !== undefined) chownSync(dir, uid, uid);
  const port = await freePort();
  const run = (binary: string, args: string[]) => {
    const command = isRoot ? "runuser" : join(PG_BIN, binary);
    const fullArgs = isRoot ? ["-u", "postgres", "--", join(PG_BIN, binary), ...args] : args;
    execFileSync(command, fullArgs, { stdio: "pipe" });
  };
  run("initdb", ["-D", join(dir, "data"), "-U", "postgres", "-A", "trust", "-E", "UTF8", "--no-sync"]);
  const options = `-p ${port} -c listen_addresses=127.0.0.1 -c unix_socket_directories=${dir} -c fsync=off`;
  const start = () =>
    run("pg_ctl", ["-D", join(dir, "data"), "-l", join(dir, "log"), "-w", "-o", options, "start"]);
  const stop = () => run("pg_ctl", ["-D", join(dir, "data"), "-m", "immediate", "-w", "stop"]);
  start();
  return {
    url: `postgres://postgres@127.0.0.1:${port}/postgres`,
    start,
    stop,
    remove() {
      try {
        stop();
      } catch {
        // already stopped
      }
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

describe("PostgreSQL stopped mid-run", () => {
  let cluster: Awaited<ReturnType<typeof throwawayCluster>>;
  let s: Scenario;
  const unhandled: unknown[] = [];
  const onUnhandled = (reason: unknown) => unhandled.push(reason);

  beforeAll(async () => {
    process.on("unhandledRejection", onUnhandled);
    cluster = await throwawayCluster();
    s = await createScenario({ url: cluster.url });
  }, 120_000);
  afterAll(async () => {
    process.off("unhandledRejection", onUnhandled);
    await s?.close().catch(() => {});
    cluster?.remove();
  });

  it("answers 'try again later' while the database is down and recovers when it returns", async () => {
    expect((await s.say("hoe staat Leudal ervoor?")).intent).toBe("body_status");

    cluster.stop();
    const dutch = await s.say("hoe staat Leudal ervoor?");
    expect(dutch.intent).toBe("unavailable");
    expect(dutch.text).toMatch(/Probeer het later opnieuw/);
    expect(dutch.text).toMatch(/niets half vastgelegd/);
    const english = await s.say("how is Leudal doing?", { langHint: "en" });
    expect(english.intent).toBe("unavailable");
    expect(english.text).toMatch(/Please try again later/);
    const write = await s.say("Leudal heeft een protocol maar het ligt op de plank");
    expect(write.intent).toBe("unavailable");
    expect((await s.store.health()).ok).toBe(false);

    cluster.start();
    expect((await s.store.health()).ok).toBe(true);
    expect((await s.say("hoe staat Leudal ervoor?")).intent).toBe("body_status");
    const recorded = await s.say("Leudal heeft een protocol maar het ligt op de plank");
    expect(recorded.intent).toBe("survey_updated");
    expect((await s.store.survey.current("GM1640")).usage).toBe("dormant");
    // The write attempted while the server was down left nothing behind.
    expect(await s.store.survey.history("GM1640")).toHaveLength(1);

    await new Promise((resolve) => setTimeout(resolve, 100)); // let any stray rejection surface
    expect(unhandled).toEqual([]);
  }, 120_000);

  it("keeps answering a conversation through a second outage", async () => {
    cluster.stop();
    const replies = await Promise.all(
      Array.from({ length: 20 }, (_, n) =>
        s.say(`hoe staat Venlo ervoor? (${n})`, { conversationId: `down:${n}` }),
      ),
    );
    expect(replies.map((r) => r.intent)).toEqual(replies.map(() => "unavailable"));
    cluster.start();
    const after = await Promise.all(
      Array.from({ length: 20 }, (_, n) => s.say("hoe staat Venlo ervoor?", { conversationId: `down:${n}` })),
    );
    expect(after.map((r) => r.intent)).toEqual(after.map(() => "body_status"));
    expect(unhandled).toEqual([]);
  }, 120_000);
});
