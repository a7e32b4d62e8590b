import { spawn } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { performance } from "node:perf_hooks";
import { writeBenchReport } from "./bench.ts";
import { freePort } from "./ports.ts";
import {
  buildRelease,
  RELEASE_NODE_FLAGS,
  type ReleaseApp,
  type ReleaseProcess,
  startFromRelease,
  waitUntilOk,
} from "./release.ts";

/** What to start and how to tell it is ready. */
export type ColdStartOptions = {
  /** Benchmark name: the result goes to bench/raw/<name>.json. */
  name: string;
  /** "Teams bot", for the printed table. */
  label: string;
  /** The app, started from a release folder as deploy/ starts it. */
  app: ReleaseApp;
  /** The app's environment for one start: its port and a fresh folder for its database (also its cwd). */
  env: (port: number, dir: string) => Record<string, string>;
  /** Answers 200 once the process is ready. */
  readyPath: string;
  /** The command that reruns this benchmark. */
  command: string;
  starts?: number;
  idleMs?: number;
};

/** The goals: ready within a second, at most 120 MB resident when idle. */
const GOAL_READY_MS = 1_000;
const GOAL_RSS_MB = 120;

type Sample = { readyMs: number; rssMb: number };

const rssMb = (pid: number) =>
  Number(/VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${pid}/status`, "utf8"))?.[1] ?? 0) / 1024;

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? 0;
const medianOf = (samples: Sample[]): Sample => ({
  readyMs: median(samples.map((s) => s.readyMs)),
  rssMb: median(samples.map((s) => s.rssMb)),
});

/** A bare node:http server in `dir`, started with the release's Node flags: the baseline. */
function startBare(dir: string, port: number): ReleaseProcess {
  const file = join(dir, "bare.mjs");
  writeFileSync(
    file,
    `import { createServer } from "node:http";\ncreateServer((q, r) => r.end("ok")).listen(${port}, "127.0.0.1");\n`,
  );
  const child = spawn(process.execPath, [...RELEASE_NODE_FLAGS, file], { cwd: dir, stdio: "ignore" });
  const exited = new Promise<number | null>((resolve) => child.once("exit", (code) => resolve(code)));
  return {
    child,
    output: () => "",
    exited,
    stop: () => {
      if (child.exitCode === null && child.signalCode === null) child.kill("SIGTERM");
      return exited;
    },
  };
}

/**
 * Cold start to ready (process start → readyPath 200) and idle RSS of an app run from a release folder
 * (tooling/scripts/release.sh, built first), against a bare node:http server started the same way, interleaved
 * so machine noise hits both alike; median of the starts. Prints a summary and writes bench/raw/<name>.json.
 */
export async function measureColdStart(options: ColdStartOptions): Promise<void> {
  const starts = options.starts ?? 5;
  const idleMs = options.idleMs ?? 3_000;
  const release = await buildRelease();
  const startOnce = async (kind: "bare" | "app"): Promise<Sample> => {
    const port = await freePort();
    const dir = mkdtempSync(join(tmpdir(), "weerbaar-cold-"));
    const started = performance.now();
    const running =
      kind === "app"
        ? startFromRelease(release.dir, options.app, { env: options.env(port, dir), cwd: dir })
        : startBare(dir, port);
    try {
      await waitUntilOk(`http://127.0.0.1:${port}${kind === "app" ? options.readyPath : "/"}`, running);
      const readyMs = performance.now() - started;
      await new Promise((resolve) => setTimeout(resolve, idleMs));
      return { readyMs, rssMb: rssMb(running.child.pid ?? 0) };
    } finally {
      await running.stop();
      rmSync(dir, { recursive: true, force: true });
    }
  };

  const runs: Record<"bare" | "app", Sample[]> = { bare: [], app: [] };
  try {
    await startOnce("app"); // reads the release into the page cache, as any restart after the first finds it
    for (let n = 0; n < starts; n++) {
      runs.bare.push(await startOnce("bare"));
      runs.app.push(await startOnce("app"));
    }
  } finally {
    await release.remove();
  }
  const bare = medianOf(runs.bare);
  const app = medianOf(runs.app);
  const row = (label: string, s: Sample) =>
    `${label.padEnd(12)} ready ${s.readyMs.toFixed(0).padStart(5)} ms   idle RSS ${s.rssMb.toFixed(1)} MB`;
  console.log(`${options.label} cold start from a release (median of ${starts}; baseline: bare node:http)`);
  console.log(row("bare node", bare));
  console.log(
    `${row(options.label, app)}   (×${(app.readyMs / bare.readyMs).toFixed(1)} time, ×${(app.rssMb / bare.rssMb).toFixed(1)} memory)`,
  );
  const result = (metric: string, unit: string, value: number, baseline: number, goal: number) => ({
    metric,
    unit,
    value,
    baseline,
    ratio: value / baseline,
    goal: `≤ ${goal} ${unit}`,
    met: value <= goal,
  });
  writeBenchReport(options.name, {
    name: options.name,
    description: `release folder, bin/weerbaar-${options.app} (node ${RELEASE_NODE_FLAGS.join(" ")}): process start → ${options.readyPath} 200, idle RSS after ${idleMs / 1000} s; median of ${starts}`,
    command: options.command,
    at: new Date().toISOString(),
    baseline: { metric: `bare node:http server, node ${RELEASE_NODE_FLAGS.join(" ")}`, ...bare },
    results: [
      result("cold start to ready", "ms", app.readyMs, bare.readyMs, GOAL_READY_MS),
      result("idle RSS", "MB", app.rssMb, bare.rssMb, GOAL_RSS_MB),
    ],
    runs,
  });
}
