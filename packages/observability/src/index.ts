/**
 * @weerbaar/observability: what every Weerbaar bot process needs to be run in production.
 *
 * - `createBotMetrics`: one prom-client registry with every bot metric, defined once for both bots.
 * - `createProbeHandler`: `GET /livez`, `/readyz` (alias `/healthz`) and `/metrics` on any node:http or express server.
 * - `createInFlight` + `createShutdown`: graceful shutdown on SIGTERM within a deadline.
 * - `requestLogger`: a pino child logger with `reqId` for the lines of one turn.
 * - `isDatabaseError`: whether a failure came from the database (for the database error counter).
 *
 * @example
 * ```ts
 * import { createServer } from "node:http";
 * import { createBotMetrics, createInFlight, createProbeHandler, createShutdown } from "@weerbaar/observability";
 *
 * const metrics = createBotMetrics({ platform: "matrix" });
 * const inFlight = createInFlight();
 * const probes = createProbeHandler({
 *   ready: async () => ({ ok: (await store.health()).ok, body: {} }),
 *   metrics: metrics.registry,
 * });
 * const server = createServer((req, res) => probes(req, res) || res.writeHead(404).end()).listen(8082, "127.0.0.1");
 *
 * // per turn:
 * const started = performance.now();
 * inFlight.enter();
 * try {
 *   const reply = await assistant.handle(message);
 *   metrics.turn(reply.intent, (performance.now() - started) / 1000);
 * } finally {
 *   inFlight.leave();
 * }
 *
 * createShutdown({
 *   inFlight,
 *   logger,
 *   stopAccepting: () => bot.stop(),
 *   close: async () => {
 *     server.close();
 *     await store.close();
 *   },
 * }).onSignals();
 * ```
 * @packageDocumentation
 */
export { isDatabaseError } from "./database-errors.ts";
export { createInFlight, type InFlight } from "./in-flight.ts";
export {
  type BotMetrics,
  type BotMetricsOptions,
  createBotMetrics,
  type DatabaseErrorSource,
  type EmailOutcome,
  type Platform,
  type ReminderOutcome,
  type ReminderRound,
} from "./metrics.ts";
export {
  createProbeHandler,
  type MetricsSource,
  type ProbeHandler,
  type ProbeOptions,
  type Readiness,
} from "./probes.ts";
export { REQUEST_ID_FIELD, requestLogger } from "./request-logger.ts";
export {
  createShutdown,
  DEFAULT_SHUTDOWN_TIMEOUT_MS,
  type Shutdown,
  type ShutdownOptions,
} from "./shutdown.ts";
