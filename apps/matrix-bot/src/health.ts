import { createServer, type Server } from "node:http";
import type { MatrixBotStatus } from "./bot.ts";
import type { BotStore } from "./bot-store.ts";

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

/** A tiny HTTP server answering `GET /healthz` with 200 or 503 and the Health JSON. */
export function startHealthServer(port: number, health: () => Promise<Health>): Promise<Server> {
  const server = createServer((req, res) => {
    if (req.method !== "GET" || req.url?.split("?")[0] !== "/healthz") {
      res.writeHead(404).end();
      return;
    }
    health().then(
      (h) => res.writeHead(h.ok ? 200 : 503, { "content-type": "application/json" }).end(JSON.stringify(h)),
      () => res.writeHead(503).end(),
    );
  });
  return new Promise((resolve, reject) => {
    server.once("error", reject);
    server.listen(port, "0.0.0.0", () => resolve(server));
  });
}
