// Teams endpoint throughput and latency under autocannon (loopback, 5 alternating rounds of 4 s) with realistic message
// activities, against a bare botbuilder echo bot (CloudAdapter, local mode, same express setup) measured in
// the same run. Goal: ≥ 0.9 of the echo bot's throughput. Reported, never failed.
import { type ChildProcess, spawn } from "node:child_process";
import { randomUUID } from "node:crypto";
import { readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { writeBenchReport } from "@weerbaar/testing/bench";
import { personalChat, personalMessage, teamsUser } from "@weerbaar/testing/bot-connector";
import autocannon from "autocannon";

const DURATION_S = Number(process.env.BENCH_DURATION_S ?? 4);
// Echo and Weerbaar take turns, so a burst of load from elsewhere on a shared machine hits both alike.
const ROUNDS = 5;
const CONNECTIONS = 10;
const GOAL_RATIO = 0.9;
const here = dirname(fileURLToPath(import.meta.url));
const root = join(here, "../../..");

const QUESTIONS = [
  "hoe staat Leudal ervoor?",
  "hoe staat Venlo ervoor?",
  "hoe staat Maastricht ervoor?",
  "hoe staat Roermond ervoor?",
  "hoe staat Súdwest-Fryslân ervoor?",
  "hoe staat Amsterdam ervoor?",
  "welke gemeenten in Limburg hebben geen protocol?",
  "welke provincies hebben een gedragscode?",
  "hoe staat Zwolle ervoor?",
  "wie is de griffier van Leudal?",
];

async function startServer(kind: "echo" | "weerbaar", aad: string) {
  const child: ChildProcess = spawn(
    process.execPath,
    [join(root, "tooling/scripts/run.mjs"), join(here, "server.ts"), kind, aad],
    { stdio: ["ignore", "pipe", "inherit"] },
  );
  const line = await new Promise<string>((resolve, reject) => {
    let buffer = "";
    child.stdout?.on("data", (chunk: Buffer) => {
      buffer += chunk.toString("utf8");
      const end = buffer.indexOf("\n");
      if (end !== -1) resolve(buffer.slice(0, end));
    });
    child.once("exit", (code) => reject(new Error(`${kind} server exited ${code}`)));
  });
  const { url, serviceUrl } = JSON.parse(line) as { url: string; serviceUrl: string };
  return { url, serviceUrl, cpuSeconds: () => cpuSecondsOf(child.pid), stop: () => child.kill("SIGTERM") };
}

// CPU the server process has used (Linux /proc, in clock ticks of 1/100 s): the cost per request it gives is far
// less disturbed by other tenants of a shared machine than requests per second are.
function cpuSecondsOf(pid: number | undefined): number | undefined {
  try {
    const fields = readFileSync(`/proc/${pid}/stat`, "utf8").split(") ")[1]?.split(" ") ?? [];
    return (Number(fields[11]) + Number(fields[12])) / 100;
  } catch {
    return undefined;
  }
}

function requestsFor(serviceUrl: string, aad: string) {
  const context = { serviceUrl, bot: { id: "28:weerbaar-local", name: "Weerbaar" }, tenantId: randomUUID() };
  const user = teamsUser("Anna de Vries", aad);
  // One personal chat per question: each conversation keeps a simple, repeatable dialog state.
  return QUESTIONS.map((text) => ({
    method: "POST" as const,
    path: "/api/messages",
    headers: { "content-type": "application/json" },
    body: JSON.stringify(personalMessage(context, { user, chat: personalChat(), text })),
  }));
}

type Server = Awaited<ReturnType<typeof startServer>> & { requests: ReturnType<typeof requestsFor> };
type Load = {
  requestsPerSecond: number;
  /** Server CPU per request, ms; undefined where /proc is missing. */
  cpuMsPerRequest: number | undefined;
  p50: number;
  p99: number;
  errors: number;
  non2xx: number;
  total: number;
};

async function serve(kind: "echo" | "weerbaar"): Promise<Server> {
  const aad = randomUUID();
  const server = await startServer(kind, aad);
  const requests = requestsFor(server.serviceUrl, aad);
  // Warm-up: JIT, SQLite page cache.
  await autocannon({ url: server.url, connections: 2, duration: 2, requests });
  return { ...server, requests };
}

async function load(server: Server): Promise<Load> {
  const cpuBefore = server.cpuSeconds();
  const result = await autocannon({
    url: server.url,
    connections: CONNECTIONS,
    duration: DURATION_S,
    requests: server.requests,
  });
  const cpuAfter = server.cpuSeconds();
  return {
    requestsPerSecond: result.requests.average,
    cpuMsPerRequest:
      cpuBefore === undefined || cpuAfter === undefined || result.requests.total === 0
        ? undefined
        : ((cpuAfter - cpuBefore) * 1000) / result.requests.total,
    p50: result.latency.p50,
    p99: result.latency.p99,
    errors: result.errors + result.timeouts,
    non2xx: result.non2xx,
    total: result.requests.total,
  };
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? 0;
const middle = (runs: Load[]): Load => ({
  requestsPerSecond: median(runs.map((r) => r.requestsPerSecond)),
  cpuMsPerRequest: runs.every((r) => r.cpuMsPerRequest !== undefined)
    ? median(runs.map((r) => r.cpuMsPerRequest ?? 0))
    : undefined,
  p50: median(runs.map((r) => r.p50)),
  p99: median(runs.map((r) => r.p99)),
  errors: runs.reduce((sum, r) => sum + r.errors, 0),
  non2xx: runs.reduce((sum, r) => sum + r.non2xx, 0),
  total: runs.reduce((sum, r) => sum + r.total, 0),
});

const servers = { echo: await serve("echo"), weerbaar: await serve("weerbaar") };
const runs: { echo: Load[]; weerbaar: Load[]; ratios: number[] } = { echo: [], weerbaar: [], ratios: [] };
const cpuRatios: number[] = [];
try {
  for (let round = 0; round < ROUNDS; round++) {
    const e = await load(servers.echo);
    const w = await load(servers.weerbaar);
    runs.echo.push(e);
    runs.weerbaar.push(w);
    runs.ratios.push(w.requestsPerSecond / e.requestsPerSecond);
    if (e.cpuMsPerRequest && w.cpuMsPerRequest) cpuRatios.push(e.cpuMsPerRequest / w.cpuMsPerRequest);
  }
} finally {
  servers.echo.stop();
  servers.weerbaar.stop();
}
const echo = middle(runs.echo);
const weerbaar = middle(runs.weerbaar);
const ratio = median(runs.ratios);
const cpuRatio = cpuRatios.length === ROUNDS ? median(cpuRatios) : undefined;
const row = (name: string, r: Load) =>
  `${name.padEnd(10)} ${r.requestsPerSecond.toFixed(0).padStart(6)} req/s  ${r.cpuMsPerRequest?.toFixed(2) ?? "?"} ms CPU/request  p50 ${String(r.p50).padStart(4)} ms  p99 ${String(r.p99).padStart(4)} ms  ${r.total} requests, ${r.errors} errors, ${r.non2xx} non-2xx`;
console.log(
  `Teams /api/messages, autocannon ${CONNECTIONS} connections, ${ROUNDS} alternating rounds × ${DURATION_S} s, loopback (medians)`,
);
console.log(row("echo bot", echo));
console.log(row("weerbaar", weerbaar));
console.log(
  `throughput ratio weerbaar/echo: ${ratio.toFixed(2)}, median of ${runs.ratios.map((r) => r.toFixed(2)).join(", ")} (goal ≥ ${GOAL_RATIO}: ${ratio >= GOAL_RATIO ? "met" : "NOT met"})`,
);
if (cpuRatio !== undefined)
  console.log(
    `capacity by server CPU per request, echo/weerbaar: ${cpuRatio.toFixed(2)}, median of ${cpuRatios.map((r) => r.toFixed(2)).join(", ")}`,
  );
writeBenchReport("teams-throughput", {
  name: "teams-throughput",
  description: `autocannon ${CONNECTIONS} connections, ${ROUNDS} alternating rounds × ${DURATION_S} s on /api/messages; status questions and list queries; medians`,
  command: "pnpm --filter @weerbaar/teams-bot bench",
  at: new Date().toISOString(),
  baseline: { metric: "echo bot (botbuilder CloudAdapter, local mode)", ...echo },
  results: [
    {
      metric: "throughput",
      unit: "req/s",
      value: weerbaar.requestsPerSecond,
      baseline: echo.requestsPerSecond,
      ratio,
      roundRatios: runs.ratios,
      goal: `≥ ${GOAL_RATIO} × echo`,
      met: ratio >= GOAL_RATIO,
    },
    ...(cpuRatio === undefined
      ? []
      : [
          {
            metric: "server CPU per request (capacity ratio = echo / weerbaar)",
            unit: "ms",
            value: weerbaar.cpuMsPerRequest,
            baseline: echo.cpuMsPerRequest,
            ratio: cpuRatio,
            roundRatios: cpuRatios,
          },
        ]),
    {
      metric: "latency p50",
      unit: "ms",
      value: weerbaar.p50,
      baseline: echo.p50,
      ratio: weerbaar.p50 / Math.max(echo.p50, 1),
    },
    {
      metric: "latency p99",
      unit: "ms",
      value: weerbaar.p99,
      baseline: echo.p99,
      ratio: weerbaar.p99 / Math.max(echo.p99, 1),
    },
    {
      metric: "errors + non-2xx",
      unit: "count",
      value: weerbaar.errors + weerbaar.non2xx,
      baseline: echo.errors + echo.non2xx,
    },
  ],
});
