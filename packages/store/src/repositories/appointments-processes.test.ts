import { spawn } from "node:child_process";
import { fileURLToPath } from "node:url";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { anAdvisor } from "../../test/builders.ts";
import { engines, openTestStore, type TestStore } from "../../test/engines.ts";

const writer = fileURLToPath(new URL("../../test/race-writer.ts", import.meta.url));
const cwd = fileURLToPath(new URL("../..", import.meta.url));
const sqlite = engines.filter((e) => e.name === "sqlite");

type Writer = { ready: Promise<void>; go(): void; outcome: Promise<string[]> };

function startWriter(args: string[]): Writer {
  const child = spawn(process.execPath, ["--import", "tsx", writer, ...args], { cwd });
  let stdout = "";
  let stderr = "";
  let markReady: () => void = () => {};
  const ready = new Promise<void>((resolve) => {
    markReady = resolve;
  });
  child.stdout.on("data", (chunk: Buffer) => {
    stdout += chunk.toString("utf8");
    if (stdout.startsWith("ready\n")) markReady();
  });
  child.stderr.on("data", (chunk: Buffer) => {
    stderr += chunk.toString("utf8");
  });
  const outcome = new Promise<string[]>((resolve, reject) => {
    child.on("close", (code) => {
      if (code !== 0) reject(new Error(`writer exited ${code}: ${stderr}`));
      else resolve(JSON.parse(stdout.slice("ready\n".length)) as string[]);
    });
  });
  return { ready, go: () => child.stdin.write("go\n"), outcome };
}

// Separate processes meet only in the database file: this proves BEGIN IMMEDIATE, not the in-process queue.
describe.each(sqlite)("booking race between processes on $name", (engine) => {
  let t: TestStore;
  beforeAll(async () => {
    t = await openTestStore(engine);
  });
  afterAll(async () => t?.cleanup());

  it("three processes booking the same slots: exactly one wins each slot, the others see the conflict", async () => {
    const anna = await anAdvisor(t.store);
    const rounds = 60;
    const writers = ["p1", "p2", "p3"].map((name) => startWriter([t.url, anna.id, String(rounds), name]));
    await Promise.all(writers.map((w) => w.ready));
    for (const w of writers) w.go();
    const outcomes = await Promise.all(writers.map((w) => w.outcome));
    for (let round = 0; round < rounds; round++) {
      expect(outcomes.map((o) => o[round]).sort()).toEqual(["lost", "lost", "won"]);
    }
    expect(await t.store.appointments.list({ staffId: anna.id })).toHaveLength(rounds);
  }, 90_000);
});
