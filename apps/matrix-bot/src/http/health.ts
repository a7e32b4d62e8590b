import { createServer, type Server } from "node:http";
import { createProbeHandler, type MetricsSource } from "@weerbaar/observability";
import type { MatrixBotStatus } from "../bot.ts";
import type { BotStore } from "../bot-store.ts";

/** What /healthz reports. */
export type Health = {
  ok: boolean;
  sync: "leader" | "standby" | "stalled" | "stopped";
  database: "ok" | "unreachable";
  lastSyncAt?: string;
};

/**
 * Healthy when the database answers and the bot runs: as leader its last sync is recent, as standby it
 * waits for the lease.
 */
export async function checkHealth(
  status: MatrixBotStatus,
  store: Pick<BotStore, "health">,
  now: Date,
  maxSyncAgeMs: number,
): Promise<Health> {
  const database = (await store.health()).ok ? "ok" : "unreachable";
  let sync: Health["sync"];
  if (!status.running) sync = "stopped";
  else if (!status.leader) sync = "standby";
  else if (status.lastSyncAt && now.getTime() - status.lastSyncAt.getTime() <= maxSyncAgeMs) sync = "leader";
  else sync = status.lastSyncAt ? "stalled" : "leader";
  return {
    ok: database === "ok" && (sync === "leader" || sync === "standby"),
    sync,
    database,
    ...(status.lastSyncAt ? { lastSyncAt: status.lastSyncAt.toISOString() } : {}),
  };
}

/** Where the health server listens and what it answers with. */
export type HealthServerOptions = {
  port: number;
  /** The interface to bind; 127.0.0.1 unless HEALTH_HOST says otherwise. */
  host: string;
  health: () => Promise<Health>;
  /** The registry behind `GET /metrics`. */
  metrics?: MetricsSource;
};

/**
 * A tiny HTTP server: `GET /livez` (200 while the process answers), `GET /readyz` and its alias `/healthz`
 * (200 or 503 with the Health JSON) and, given a registry, `GET /metrics`.
 */
export function startHealthServer(options: HealthServerOptions): Promise<Server> {
  const probes = createProbeHandler({
    ready: async () => {
      const health = await options.health();
      return { ok: health.ok, body: health };
    },
    ...(options.metrics ? { metrics: options.metrics } : {}),
  });
  const server = createServer((req, res) => {
    if (!probes(req, res)) res.writeHead(404).end();
  });
  return new Promise((resolve, reject) => {
    server.once("error", reject);
    server.listen(options.port, options.host, () => resolve(server));
  });
}
