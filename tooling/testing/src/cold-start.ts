import { type ChildProcess, spawn } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { performance } from "node:perf_hooks";
import { fileURLToPath } from "node:url";
import { writeBenchReport } from "./bench.ts";

const root = join(dirname(fileURLToPath(import.meta.url)), "../../..");
const runner = join(root, "tooling/scripts/run.mjs");

/** What to start and how to tell it is ready. */
export type ColdStartOptions = {
  /** Benchmark name: the result goes to bench/raw/<name>.json. */
  name: string;
  /** "Teams bot", for the printed table. */
  label: string;
  /** The entry point, relative to the repository root, started as the root scripts start it (run.mjs). */
  entry: string;
  /** The entry's environment for one start: its port and a fresh folder for its database. */
  env: (port: number, dir: string) => Record<string, string>;
  /** Answers 200 once the process is ready. */
  healthPath: string;
  /** The command that reruns this benchmark. */
  command: string;
  starts?: number;
  idleMs?: number;
};

type Sample = { readyMs: number; rssMb: number };

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const address = server.address();
      server.close(() => resolve(typeof address === "object" && address ? address.port : 0));
    });
  });
}

const rssMb = (pid: number) =>
  Number(/VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${pid}/status`, "utf8"))?.[1] ?? 0) / 1024;

async function waitHealthy(url: string, child: ChildProcess): Promise<void> {
  for (;;) {
    if (child.exitCode !== null) throw new Error(`process exited ${child.exitCode} before it was ready`);
    try {
      if ((await fetch(url)).status === 200) return;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? 0;
const medianOf = (samples: Sample[]): Sample => ({
  readyMs: median(samples.map((s) => s.readyMs)),
  rssMb: median(samples.map((s) => s.rssMb)),
});

/**
 * Cold start to ready (process start → health 200) and idle RSS of an entry point, against a bare node:http
 * server started the same way (run.mjs), interleaved so machine noise hits both alike; median of the starts.
 * Prints a summary and writes bench/raw/<name>.json.
 */
export async function measureColdStart(options: ColdStartOptions): Promise<void> {
  const starts = options.starts ?? 5;
  const idleMs = options.idleMs ?? 3_000;
  const startOnce = async (kind: "bare" | "app"): Promise<Sample> => {
    const port = await freePort();
    const dir = mkdtempSync(join(tmpdir(), "weerbaar-cold-"));
    const bare = join(dir, "bare.mjs");
    writeFileSync(
      bare,
      `import { createServer } from "node:http";\ncreateServer((q, r) => r.end("ok")).listen(${port}, "127.0.0.1");\n`,
    );
    const started = performance.now();
    const child = spawn(
      process.execPath,
      kind === "app" ? ["--enable-source-maps", runner, join(root, options.entry)] : [runner, bare],
      { cwd: root, stdio: "ignore", env: { ...process.env, ...options.env(port, dir) } },
    );
    try {
      await waitHealthy(`http://127.0.0.1:${port}${kind === "app" ? options.healthPath : "/"}`, child);
      const readyMs = performance.now() - started;
      await new Promise((resolve) => setTimeout(resolve, idleMs));
      return { readyMs, rssMb: rssMb(child.pid ?? 0) };
    } finally {
      child.kill("SIGTERM");
      await new Promise((resolve) => (child.exitCode !== null ? resolve(null) : child.once("exit", resolve)));
      rmSync(dir, { recursive: true, force: true });
    }
  };

  const runs: Record<"bare" | "app", Sample[]> = { bare: [], app: [] };
  await startOnce("app"); // the first run bundles into .cache/run; later runs measure a warm cache, as restarts do
  for (let n = 0; n < starts; n++) {
    runs.bare.push(await startOnce("bare"));
    runs.app.push(await startOnce("app"));
  }
  const bare = medianOf(runs.bare);
  const app = medianOf(runs.app);
  const row = (label: string, s: Sample) =>
    `${label.padEnd(12)} ready ${s.readyMs.toFixed(0).padStart(5)} ms   idle RSS ${s.rssMb.toFixed(1)} MB`;
  console.log(`${options.label} cold start (median of ${starts}; baseline: bare node:http via run.mjs)`);
  console.log(row("bare node", bare));
  console.log(
    `${row(options.label, app)}   (×${(app.readyMs / bare.readyMs).toFixed(1)} time, ×${(app.rssMb / bare.rssMb).toFixed(1)} memory)`,
  );
  const result = (metric: string, unit: string, value: number, baseline: number) => ({
    metric,
    unit,
    value,
    baseline,
    ratio: value / baseline,
  });
  writeBenchReport(options.name, {
    name: options.name,
    description: `process start → ${options.healthPath} 200, idle RSS after ${idleMs / 1000} s; median of ${starts}`,
    command: options.command,
    at: new Date().toISOString(),
    baseline: { metric: "bare node:http server via run.mjs", ...bare },
    results: [
      result("cold start to ready", "ms", app.readyMs, bare.readyMs),
      result("idle RSS", "MB", app.rssMb, bare.rssMb),
    ],
    runs,
  });
}
