import type { Server } from "node:http";
import type { AddressInfo } from "node:net";
import type { Assistant } from "@weerbaar/assistant";
import {
  type BotMetrics,
  createBotMetrics,
  createInFlight,
  createProbeHandler,
  type InFlight,
  isDatabaseError,
  requestLogger,
} from "@weerbaar/observability";
import type { IntervalTimer } from "@weerbaar/reminders";
import type { Activity } from "botbuilder";
import express, { type Express, type NextFunction, type Request, type Response } from "express";
import pino, { type Logger } from "pino";
import { type CardFiles, DEFAULT_FILE_RETENTION_DAYS, storeCardFiles } from "./http/card-files.ts";
import { serveCardFile } from "./http/serve-file.ts";
import type { TeamsBotStore } from "./store-port.ts";
import { tenantOf, tenantsDisagree } from "./teams/activity.ts";
import { checkActivity } from "./teams/activity-schema.ts";
import type { WeerbaarAdapter } from "./teams/adapter.ts";
import type { TeamsAuthConfig } from "./teams/auth.ts";
import { InboundAuthError } from "./teams/errors.ts";
import { lazyFramework } from "./teams/lazy-framework.ts";
import { createProactiveSender, type SendProactive } from "./teams/proactive.ts";
import { createReplySender } from "./teams/reply-sender.ts";

/** Serves a staff member's calendar feed for a token, or undefined for an unknown/revoked token. */
export type CalendarProvider = (token: string) => Promise<string | undefined>;

/** Everything the Teams bot is made of; main.ts builds it from the environment, tests build it directly. */
export type TeamsBotOptions = {
  assistant: Assistant;
  store: TeamsBotStore;
  auth: TeamsAuthConfig;
  /** Microsoft Entra tenant ids allowed to talk to the bot; empty allows any tenant, and only in local mode. */
  allowedTenants: readonly string[];
  logger?: Logger;
  now?: () => Date;
  /** The bot's public base URL (for card images); defaults to the address `listen` binds. */
  publicUrl?: string;
  /** How long card images and downloads stay available (FILE_RETENTION_DAYS); a year by default. */
  fileRetentionDays?: number;
  calendar?: CalendarProvider;
  /** The process's metrics (served on `GET /metrics`); a fresh registry by default. */
  metrics?: BotMetrics;
  /** Counts requests in progress, for the graceful shutdown; a fresh tracker by default. */
  inFlight?: InFlight;
  /** Paces the typing indicator of slow turns (see teams/typing.ts); the real clock by default. */
  typingTimer?: IntervalTimer;
};

/** A running-ready Teams bot. */
export type TeamsBot = {
  app: Express;
  /** The app id used for proactive turns. */
  appId: string;
  sendProactive: SendProactive;
  /** The files cards link to, kept in the store. */
  files: CardFiles;
  metrics: BotMetrics;
  /** Requests on /api/messages still being handled. */
  inFlight: InFlight;
  /**
   * Starts the shutdown: new activities get 503 (the channel retries them elsewhere or later), /readyz says 503,
   * and every server from `listen` stops accepting connections. Requests in flight go on.
   */
  stopAccepting(): void;
  /** Listens on the port (0 = a free one) and host; resolves with the base URL. */
  listen(port?: number, host?: string): Promise<{ url: string; server: Server; close(): Promise<void> }>;
};

/** The app id for proactive turns in local mode: any non-empty string works when credentials are off. */
const LOCAL_APP_ID = "weerbaar-local";

/** botbuilder expects Date timestamps, as its own request parsing produces. */
function fixTimestamps(activity: Activity): Activity {
  for (const key of ["timestamp", "localTimestamp", "expiration"] as const) {
    const value = activity[key] as unknown;
    if (typeof value === "string") (activity as unknown as Record<string, unknown>)[key] = new Date(value);
  }
  return activity;
}

/**
 * Builds the Teams bot: the express app with /api/messages, /livez, /readyz (alias /healthz), /metrics, /files
 * and /calendar, and the helpers.
 */
export function createTeamsBot(options: TeamsBotOptions): TeamsBot {
  const logger = options.logger ?? pino({ name: "teams-bot" });
  const metrics = options.metrics ?? createBotMetrics({ platform: "teams" });
  const inFlight = options.inFlight ?? createInFlight();
  let accepting = true;
  const stopListening: (() => void)[] = [];
  const allowed = new Set(options.allowedTenants);
  if (options.auth.mode === "azure" && allowed.size === 0) {
    throw new Error(
      "TEAMS_ALLOWED_TENANTS is empty: with an app id the bot must know which tenants may use it.",
    );
  }
  const appId = options.auth.mode === "azure" ? options.auth.appId : LOCAL_APP_ID;
  const files = storeCardFiles(options.store, options.fileRetentionDays ?? DEFAULT_FILE_RETENTION_DAYS);
  let baseUrl = options.publicUrl?.replace(/\/$/, "") ?? "";
  const replies = createReplySender({ store: options.store, files, publicUrl: () => baseUrl });
  const framework = lazyFramework({
    auth: options.auth,
    turn: {
      assistant: options.assistant,
      store: options.store,
      metrics,
      replies,
      ...(options.typingTimer ? { typingTimer: options.typingTimer } : {}),
    },
    // The turn handler logs its own failures with the turn's request id; this sees only what escaped it.
    onTurnError: async (_context, error) => {
      if (isDatabaseError(error)) metrics.databaseError("turn");
      logger.error({ event: "turn_failed", err: error }, "turn failed");
    },
  });
  const sendProactive = createProactiveSender({
    adapter: async () => (await framework()).adapter,
    appId,
    store: options.store,
    replies,
    logger,
  });

  const app = express();
  app.disable("x-powered-by");
  app.use(express.json({ limit: "1mb" }));

  app.post("/api/messages", async (req: Request, res: Response) => {
    // Counted until the response is out (or the connection dropped), so a shutdown never cuts a reply off.
    inFlight.enter();
    res.once("close", inFlight.leave);
    if (!accepting) {
      res.status(503).setHeader("Retry-After", "5").json({ error: "shutting down" });
      return;
    }
    // Checked before any turn: a malformed activity would otherwise fail inside it and still be answered 200.
    const checked = checkActivity(req.body);
    if (!checked.ok) {
      const id = (req.body as { id?: unknown } | undefined)?.id;
      requestLogger(logger, typeof id === "string" ? id : undefined).warn(
        { event: "activity_invalid", reason: checked.reason },
        "invalid activity refused",
      );
      res.status(400).json({ error: "invalid activity", reason: checked.reason });
      return;
    }
    const activity = fixTimestamps(checked.activity);
    const log = requestLogger(logger, activity.id);
    const { adapter, logic } = await framework();
    let auth: Awaited<ReturnType<WeerbaarAdapter["authenticate"]>>;
    try {
      auth = await adapter.authenticate(activity, req.headers.authorization ?? "");
    } catch (error) {
      const status = error instanceof InboundAuthError ? error.status : 401;
      log.warn(
        { event: "request_rejected", status, reason: (error as Error).message },
        "request not authenticated",
      );
      res.status(status).json({ error: status === 401 ? "unauthorized" : "authentication unavailable" });
      return;
    }
    if (tenantsDisagree(activity)) {
      log.warn({ event: "tenant_mismatch" }, "conversation.tenantId and channelData.tenant.id differ");
      res.status(403).json({ error: "tenant mismatch" });
      return;
    }
    const tenantId = tenantOf(activity);
    if (allowed.size > 0 && (!tenantId || !allowed.has(tenantId))) {
      log.warn({ event: "tenant_refused", tenantId }, "tenant not allowed");
      res.status(403).json({ error: "tenant not allowed" });
      return;
    }
    const invokeResponse = await adapter.runAuthenticated(auth, activity, (context) => logic(context, log));
    res.status(invokeResponse?.status ?? 200);
    if (invokeResponse?.body !== undefined) res.json(invokeResponse.body);
    else res.end();
  });

  const probes = createProbeHandler({
    ready: async () => {
      if (!accepting) return { ok: false, body: { status: "stopping" } };
      const result = (await options.store.health()) as { ok?: unknown } | undefined;
      if (result && typeof result === "object" && result.ok === false)
        throw new Error("store reports unhealthy");
      return { ok: true, body: { status: "ok" } };
    },
    onReadyError: (error) => {
      metrics.databaseError("readiness");
      logger.error({ event: "health_failed", err: error }, "database unreachable");
    },
    metrics: metrics.registry,
  });
  app.use((req, res, next) => {
    if (!probes(req, res)) next();
  });

  app.get("/files/:token", serveCardFile(files));

  app.get("/calendar/:file", async (req, res) => {
    const match = /^([A-Za-z0-9_-]{16,200})\.ics$/.exec(req.params.file);
    const feed = match?.[1] && options.calendar ? await options.calendar(match[1]) : undefined;
    if (feed === undefined) {
      res.status(404).end();
      return;
    }
    res.setHeader("Content-Type", "text/calendar; charset=utf-8");
    res.setHeader("Cache-Control", "private, no-store");
    res.send(feed);
  });

  app.use((error: unknown, _req: Request, res: Response, _next: NextFunction) => {
    const status = (error as { status?: unknown }).status;
    if (typeof status === "number" && status >= 400 && status < 500) {
      res.status(status).json({ error: "bad request" });
      return;
    }
    logger.error({ event: "request_failed", err: error }, "request failed");
    if (!res.headersSent) res.status(500).json({ error: "internal error" });
  });

  return {
    app,
    appId,
    sendProactive,
    files,
    metrics,
    inFlight,
    stopAccepting() {
      accepting = false;
      for (const stop of stopListening) stop();
    },
    listen(port = 0, host = "127.0.0.1") {
      return new Promise((resolve, reject) => {
        const server = app.listen(port, host, (error?: Error) => {
          if (error) return reject(error);
          const address = server.address() as AddressInfo;
          const url = `http://${host.includes(":") ? `[${host}]` : host}:${address.port}`;
          if (!options.publicUrl) baseUrl = url;
          let closed: Promise<void> | undefined;
          const stop = () => {
            closed ??= new Promise<void>((done, fail) =>
              server.close((closeError) => (closeError ? fail(closeError) : done())),
            );
            server.closeIdleConnections();
            return closed;
          };
          stopListening.push(stop);
          resolve({
            url,
            server,
            close: () => {
              const done = stop();
              server.closeAllConnections();
              return done;
            },
          });
        });
      });
    },
  };
}
