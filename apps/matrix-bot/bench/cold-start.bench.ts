// Cold start to ready (process start → /healthz 200) and idle RSS of the Matrix bot against a local Synapse,
// started as `pnpm start:matrix` starts it (node tooling/scripts/run.mjs apps/matrix-bot/src/main.ts, a new
// SQLite file each time), against a bare Node HTTP server started the same way in the same run. Median of 5.
import { type ChildProcess, spawn } from "node:child_process";
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { performance } from "node:perf_hooks";
import { fileURLToPath } from "node:url";
import { startSynapse } from "@weerbaar/testing/synapse";

const STARTS = 5;
const IDLE_MS = 3_000;
const here = dirname(fileURLToPath(import.meta.url));
const root = join(here, "../../..");
const out = join(root, "bench", "raw", "matrix-cold-start.json");
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

let synapse: Awaited<ReturnType<typeof startSynapse>> | undefined;
try {
  synapse = await startSynapse();
  const account = await synapse.registerUser("weerbaar");
  const human = await synapse.registerUser("anna");

  const startOnce = async (kind: "bare" | "matrix") => {
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
      kind === "matrix"
        ? ["--enable-source-maps", runner, join(root, "apps/matrix-bot/src/main.ts")]
        : [runner, bare],
      {
        cwd: root,
        stdio: "ignore",
        env: {
          ...process.env,
          MATRIX_HOMESERVER_URL: synapse?.baseUrl ?? "",
          MATRIX_ACCESS_TOKEN: account.accessToken,
          MATRIX_ALLOWED_USERS: human.userId,
          DATABASE_URL: `sqlite:${join(dir, "weerbaar.db")}`,
          HEALTH_PORT: String(port),
          LOG_LEVEL: "warn",
        },
      },
    );
    try {
      await waitHealthy(`http://127.0.0.1:${port}${kind === "matrix" ? "/healthz" : "/"}`, child);
      const readyMs = performance.now() - started;
      await new Promise((resolve) => setTimeout(resolve, IDLE_MS));
      return { readyMs, rssMb: rssMb(child.pid ?? 0) };
    } finally {
      child.kill("SIGTERM");
      await new Promise((resolve) => (child.exitCode !== null ? resolve(null) : child.once("exit", resolve)));
      rmSync(dir, { recursive: true, force: true });
    }
  };

  const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? 0;
  const runs = {
    bare: [] as { readyMs: number; rssMb: number }[],
    matrix: [] as { readyMs: number; rssMb: number }[],
  };
  await startOnce("matrix"); // bundles into .cache/run once
  for (let n = 0; n < STARTS; n++) {
    runs.bare.push(await startOnce("bare"));
    runs.matrix.push(await startOnce("matrix"));
  }
  const bare = {
    readyMs: median(runs.bare.map((r) => r.readyMs)),
    rssMb: median(runs.bare.map((r) => r.rssMb)),
  };
  const matrix = {
    readyMs: median(runs.matrix.map((r) => r.readyMs)),
    rssMb: median(runs.matrix.map((r) => r.rssMb)),
  };
  console.log(
    `Matrix bot cold start (median of ${STARTS}; local Synapse; baseline: bare node:http via run.mjs)`,
  );
  console.log(
    `bare node    ready ${bare.readyMs.toFixed(0).padStart(5)} ms   idle RSS ${bare.rssMb.toFixed(1)} MB`,
  );
  console.log(
    `matrix bot   ready ${matrix.readyMs.toFixed(0).padStart(5)} ms   idle RSS ${matrix.rssMb.toFixed(1)} MB   (×${(matrix.readyMs / bare.readyMs).toFixed(1)} time, ×${(matrix.rssMb / bare.rssMb).toFixed(1)} memory)`,
  );
  mkdirSync(dirname(out), { recursive: true });
  writeFileSync(
    out,
    `${JSON.stringify(
      {
        name: "matrix-cold-start",
        description: `process start → /healthz 200 (first sync done), idle RSS after ${IDLE_MS / 1000} s; median of ${STARTS}`,
        command: "pnpm --filter @weerbaar/matrix-bot bench",
        at: new Date().toISOString(),
        baseline: { metric: "bare node:http server via run.mjs", ...bare },
        results: [
          {
            metric: "cold start to ready",
            unit: "ms",
            value: matrix.readyMs,
            baseline: bare.readyMs,
            ratio: matrix.readyMs / bare.readyMs,
          },
          {
            metric: "idle RSS",
            unit: "MB",
            value: matrix.rssMb,
            baseline: bare.rssMb,
            ratio: matrix.rssMb / bare.rssMb,
          },
        ],
        runs,
      },
      null,
      2,
    )}\n`,
  );
} finally {
  await synapse?.stop();
}
