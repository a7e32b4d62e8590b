// Cold start to ready (process start → /healthz 200) and idle RSS of the Teams bot, started as `pnpm start:teams`
// starts it (node tooling/scripts/run.mjs apps/teams-bot/src/main.ts; WEERBAAR_LOCAL=1, a new SQLite file each
// time), against a bare Node HTTP server started the same way, measured in the same run. Median of 5 starts.
import { type ChildProcess, spawn } from "node:child_process";
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { performance } from "node:perf_hooks";
import { fileURLToPath } from "node:url";

const STARTS = 5;
const IDLE_MS = 3_000;
const here = dirname(fileURLToPath(import.meta.url));
const root = join(here, "../../..");
const out = join(root, "bench", "raw", "teams-cold-start.json");
const runner = join(root, "tooling/scripts/run.mjs");

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

function rssMb(pid: number): number {
  const status = readFileSync(`/proc/${pid}/status`, "utf8");
  const kb = Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? 0);
  return kb / 1024;
}

async function waitHealthy(url: string, child: ChildProcess): Promise<void> {
  for (;;) {
    if (child.exitCode !== null) throw new Error(`process exited ${child.exitCode} before it was ready`);
    try {
      const response = await fetch(url);
      if (response.status === 200) return;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}

async function startOnce(kind: "bare" | "teams"): Promise<{ readyMs: number; rssMb: number }> {
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
    kind === "teams"
      ? ["--enable-source-maps", runner, join(root, "apps/teams-bot/src/main.ts")]
      : [runner, bare],
    {
      cwd: root,
      stdio: "ignore",
      env: {
        ...process.env,
        WEERBAAR_LOCAL: "1",
        DATABASE_URL: `sqlite:${join(dir, "weerbaar.db")}`,
        PORT: String(port),
        HOST: "127.0.0.1",
        LOG_LEVEL: "warn",
      },
    },
  );
  try {
    await waitHealthy(`http://127.0.0.1:${port}${kind === "teams" ? "/healthz" : "/"}`, child);
    const readyMs = performance.now() - started;
    await new Promise((resolve) => setTimeout(resolve, IDLE_MS));
    return { readyMs, rssMb: rssMb(child.pid ?? 0) };
  } finally {
    child.kill("SIGTERM");
    await new Promise((resolve) => (child.exitCode !== null ? resolve(null) : child.once("exit", resolve)));
    rmSync(dir, { recursive: true, force: true });
  }
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? 0;

const runs: Record<"bare" | "teams", { readyMs: number; rssMb: number }[]> = { bare: [], teams: [] };
await startOnce("teams"); // the first run bundles into .cache/run; later runs measure a warm file cache, as restarts do
for (let n = 0; n < STARTS; n++) {
  // Interleaved, so machine noise hits both alike.
  runs.bare.push(await startOnce("bare"));
  runs.teams.push(await startOnce("teams"));
}
const bare = {
  readyMs: median(runs.bare.map((r) => r.readyMs)),
  rssMb: median(runs.bare.map((r) => r.rssMb)),
};
const teams = {
  readyMs: median(runs.teams.map((r) => r.readyMs)),
  rssMb: median(runs.teams.map((r) => r.rssMb)),
};
console.log(
  `Teams bot cold start (median of ${STARTS}; new SQLite file each start; baseline: bare node:http via run.mjs)`,
);
console.log(
  `bare node   ready ${bare.readyMs.toFixed(0).padStart(5)} ms   idle RSS ${bare.rssMb.toFixed(1)} MB`,
);
console.log(
  `teams bot   ready ${teams.readyMs.toFixed(0).padStart(5)} ms   idle RSS ${teams.rssMb.toFixed(1)} MB   (×${(teams.readyMs / bare.readyMs).toFixed(1)} time, ×${(teams.rssMb / bare.rssMb).toFixed(1)} memory)`,
);
console.log("Matrix bot: not measured here (needs a running Synapse homeserver; see the report).");
mkdirSync(dirname(out), { recursive: true });
writeFileSync(
  out,
  `${JSON.stringify(
    {
      name: "teams-cold-start",
      description: `process start → /healthz 200, idle RSS after ${IDLE_MS / 1000} s; median of ${STARTS}`,
      command: "pnpm --filter @weerbaar/teams-bot bench",
      at: new Date().toISOString(),
      baseline: { metric: "bare node:http server via run.mjs", ...bare },
      results: [
        {
          metric: "cold start to ready",
          unit: "ms",
          value: teams.readyMs,
          baseline: bare.readyMs,
          ratio: teams.readyMs / bare.readyMs,
        },
        {
          metric: "idle RSS",
          unit: "MB",
          value: teams.rssMb,
          baseline: bare.rssMb,
          ratio: teams.rssMb / bare.rssMb,
        },
      ],
      runs,
      notes: ["Matrix bot not measured: needs a Synapse homeserver."],
    },
    null,
    2,
  )}\n`,
);
