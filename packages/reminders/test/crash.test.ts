// kill -9 the reminder worker at random moments through a simulated week, restarting it each time as a supervisor
// would: afterwards every reminder the uninterrupted reference run posted was posted (or dropped as stale because
// the crash delayed it past its moment), nothing else was posted, no delivery is left claimed or pending, and a
// message posted twice (killed between posting and recording) happened at most once per kill.
import { spawn } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { openStore, type Store } from "@weerbaar/store";
import { createTestDatabase } from "@weerbaar/testing/postgres";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createReminderService } from "../src/index.ts";
import { setupCtx } from "./engines.ts";
import { aStaffMember, bookLeudal, recordingSender, subscribe } from "./scenario.ts";

const KILLS = 25;
const START = "2023-10-22T22:00:00Z"; // Monday 23 October 2023 00:00 Amsterdam
const END = "2023-10-31T23:00:00Z";
const STEP_MS = 30 * 60_000;
const LEASE_MS = 120_000;
const worker = fileURLToPath(new URL("./crash-worker.ts", import.meta.url));
const runner = fileURLToPath(new URL("../../../tooling/scripts/run.mjs", import.meta.url));
const cwd = fileURLToPath(new URL("..", import.meta.url));

/** Two staff, four channels, meetings through the week (one moved, one cancelled later), a letter waiting. */
async function seed(store: Store): Promise<void> {
  await aStaffMember(store, "staff-anna", "Anna de Vries");
  await aStaffMember(store, "staff-bob", "Bob Bakker");
  await subscribe(store, { platform: "teams", channelId: "19:team@thread" }, [
    "meetings",
    "follow_ups",
    "digest",
  ]);
  await subscribe(store, { platform: "teams", channelId: "a:personal-anna" }, ["meetings"]);
  await subscribe(
    store,
    { platform: "matrix", channelId: "!bob:hs" },
    ["meetings", "follow_ups"],
    "staff-bob",
  );
  for (const [start, organizerId] of [
    ["2023-10-24T07:00:00Z", "staff-anna"],
    ["2023-10-25T12:30:00Z", "staff-bob"],
    ["2023-10-26T09:00:00Z", "staff-anna"],
    ["2023-10-27T13:00:00Z", "staff-bob"],
    ["2023-10-30T08:00:00Z", "staff-anna"],
  ] as const) {
    await bookLeudal(store, start, { organizerId });
  }
  await store.outreach.record(
    { type: "letter_sent", bodyCode: "GM0983", occurredAt: new Date("2023-10-02T09:00:00Z") },
    setupCtx,
  );
}

/** The keys an uninterrupted worker posts over the week, on its own copy of the seeded database. */
async function reference(url: string): Promise<Set<string>> {
  let t = new Date(START).getTime();
  const store = await openStore(url, { now: () => new Date(t) });
  try {
    const platform = recordingSender();
    const service = createReminderService({
      store,
      senders: { teams: platform, matrix: platform },
      now: () => new Date(t),
      workerId: "reference",
      config: { leaseMs: LEASE_MS },
    });
    for (; t <= new Date(END).getTime() + 2 * STEP_MS; t += STEP_MS) await service.tick();
    return new Set(platform.posted.keys());
  } finally {
    await store.close();
  }
}

/** Starts a worker; kills it with SIGKILL `killAfterMs` after it is ready (never, when undefined). */
function runWorker(args: string[], killAfterMs: number | undefined): Promise<"killed" | "done"> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [runner, worker, ...args], { cwd });
    let stdout = "";
    let stderr = "";
    child.stdout.on("data", (chunk: Buffer) => {
      stdout += chunk.toString("utf8");
      if (killAfterMs !== undefined && stdout.startsWith("ready\n") && !child.killed) {
        setTimeout(() => child.kill("SIGKILL"), killAfterMs);
      }
    });
    child.stderr.on("data", (chunk: Buffer) => {
      stderr += chunk.toString("utf8");
    });
    child.on("close", (code, signal) => {
      if (signal === "SIGKILL") resolve("killed");
      else if (code === 0 && stdout.includes("done\n")) resolve("done");
      else reject(new Error(`worker exited ${code}: ${stderr}`));
    });
  });
}

type Engine = {
  name: string;
  /** The seeded database and a second one, seeded alike, for the reference run. */
  create(): Promise<{ url: string; referenceUrl: string; cleanup(): Promise<void> }>;
};

/** Keys with each appointment id replaced by the meeting's start: comparable between two seeded databases. */
async function normalized(url: string, keys: Iterable<string>): Promise<Map<string, string>> {
  const store = await openStore(url);
  try {
    const starts = new Map<string, string>();
    for (const a of await store.appointments.list({ includeCancelled: true })) {
      starts.set(a.id, (a.history[0]?.previousStart ?? a.start).toISOString());
    }
    return new Map([...keys].map((key) => [key.replace(/[0-9a-f-]{36}/, (id) => starts.get(id) ?? id), key]));
  } finally {
    await store.close();
  }
}

/** A freshly seeded database. */
async function seeded(url: string): Promise<void> {
  const store = await openStore(url, { now: () => new Date("2023-10-20T10:00:00Z") });
  await seed(store);
  await store.close();
}

const engines: Engine[] = [
  {
    name: "sqlite",
    async create() {
      const dir = mkdtempSync(join(tmpdir(), "weerbaar-reminder-crash-"));
      const url = `sqlite:${join(dir, "weerbaar.db")}`;
      const referenceUrl = `sqlite:${join(dir, "reference.db")}`;
      await seeded(url);
      await seeded(referenceUrl);
      return { url, referenceUrl, cleanup: async () => rmSync(dir, { recursive: true, force: true }) };
    },
  },
  {
    name: "postgres",
    async create() {
      const [db, reference] = [
        await createTestDatabase("reminder_crash"),
        await createTestDatabase("reminder_ref"),
      ];
      await seeded(db.url);
      await seeded(reference.url);
      return {
        url: db.url,
        referenceUrl: reference.url,
        cleanup: async () => {
          await db.drop();
          await reference.drop();
        },
      };
    },
  },
];

describe.each(engines)("reminder worker killed with SIGKILL on $name", (engine) => {
  let db: Awaited<ReturnType<Engine["create"]>>;
  let dir: string;
  beforeAll(async () => {
    db = await engine.create();
    dir = mkdtempSync(join(tmpdir(), "weerbaar-reminder-platform-"));
  });
  afterAll(async () => {
    await db?.cleanup();
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  it(`loses no reminder and invents none over ${KILLS} kills`, async () => {
    const expectedByLabel = await normalized(db.referenceUrl, await reference(db.referenceUrl));
    expect(expectedByLabel.size).toBeGreaterThan(5);

    const clockFile = join(dir, "clock");
    const platformLog = join(dir, "platform.jsonl");
    const args = [db.url, clockFile, platformLog, START, END, String(STEP_MS), String(LEASE_MS)];
    let kills = 0;
    for (let n = 0; n < KILLS; n++) {
      if ((await runWorker(args, Math.random() * 600)) === "killed") kills++;
      else break;
    }
    expect(await runWorker(args, undefined)).toBe("done");
    expect(kills).toBeGreaterThan(0);

    const lines = existsSync(platformLog) ? readFileSync(platformLog, "utf8").trim().split("\n") : [];
    const posted = lines.filter(Boolean).map((line) => JSON.parse(line) as { key: string; txnId: string });
    const postedKeys = new Set(posted.map((p) => p.key));
    const postedByLabel = await normalized(db.url, postedKeys);
    // Nothing was posted that the uninterrupted run would not have posted.
    expect([...postedByLabel.keys()].filter((label) => !expectedByLabel.has(label))).toEqual([]);
    const store = await openStore(db.url);
    try {
      const deliveries = await store.deliveries.list({ limit: 10_000 });
      const keyOfLabel = await normalized(
        db.url,
        deliveries.map((d) => d.key),
      );
      // Every delivery reached an end state: none is left claimed by a dead worker or pending in the past.
      const open = deliveries.filter((d) => d.status === "claimed" || d.status === "pending");
      expect(open.filter((d) => d.dueAt.getTime() <= new Date(END).getTime())).toEqual([]);
      // What the reference posted was posted here too, unless the crash delayed it until it no longer applied.
      const missed = [...expectedByLabel.keys()].filter((label) => !postedByLabel.has(label));
      for (const label of missed) {
        const delivery = deliveries.find((d) => d.key === keyOfLabel.get(label));
        expect(delivery?.status, label).toBe("dropped");
      }
      expect(missed.length).toBeLessThanOrEqual(kills);
      // Every sent delivery's message is on the platform; a repeat post (killed between post and record) reuses
      // the same transaction id, so the channel shows it once, and happens at most once per kill.
      for (const d of deliveries.filter((x) => x.status === "sent"))
        expect(postedKeys.has(d.key), d.key).toBe(true);
      const repeats = posted.length - postedKeys.size;
      expect(repeats).toBeLessThanOrEqual(kills);
      for (const key of postedKeys) {
        expect(new Set(posted.filter((p) => p.key === key).map((p) => p.txnId)).size, key).toBe(1);
      }
      console.info(
        `${engine.name}: ${kills} kills; reference posted ${expectedByLabel.size}, crash run posted ${postedKeys.size} (${repeats} repeats, ${missed.length} dropped as stale)`,
      );
    } finally {
      await store.close();
    }
  }, 600_000);
});
