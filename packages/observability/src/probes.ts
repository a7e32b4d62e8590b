import type { IncomingMessage, ServerResponse } from "node:http";

/** What a readiness check found: `ok` decides 200 or 503, `body` is sent as JSON either way. */
export type Readiness = { ok: boolean; body: Record<string, unknown> };

/** Something that can write the Prometheus exposition text (a prom-client Registry). */
export type MetricsSource = { readonly contentType: string; metrics(): Promise<string> };

/** What the probe routes answer with. */
export type ProbeOptions = {
  /** Whether the process can do its work now (database reachable, not shutting down, …). */
  ready: () => Promise<Readiness>;
  /** The registry behind `GET /metrics`; without it /metrics is not served. */
  metrics?: MetricsSource;
  /** Called when `ready` throws; the answer is then 503 `{status:"unavailable"}`. */
  onReadyError?: (error: unknown) => void;
};

/** Answers one request if it is a probe route; false means "not mine" (404 it, or pass it on). */
export type ProbeHandler = (req: IncomingMessage, res: ServerResponse) => boolean;

const LIVE_BODY = JSON.stringify({ status: "ok" });
const UNAVAILABLE_BODY = JSON.stringify({ status: "unavailable" });

function pathOf(url: string | undefined): string {
  if (url === undefined) return "";
  const query = url.indexOf("?");
  return query === -1 ? url : url.slice(0, query);
}

function sendJson(res: ServerResponse, status: number, body: string): void {
  res.writeHead(status, { "content-type": "application/json", "cache-control": "no-store" }).end(body);
}

/**
 * The probe routes every Weerbaar server shares: `GET /livez` (200 while the process answers at all),
 * `GET /readyz` (200 or 503 from `ready`), `GET /healthz` (an alias of /readyz, for existing monitors) and
 * `GET /metrics` (Prometheus text). Works on a bare `node:http` server and as express middleware.
 */
export function createProbeHandler(options: ProbeOptions): ProbeHandler {
  const readiness = (res: ServerResponse) => {
    options.ready().then(
      (result) => sendJson(res, result.ok ? 200 : 503, JSON.stringify(result.body)),
      (error: unknown) => {
        options.onReadyError?.(error);
        sendJson(res, 503, UNAVAILABLE_BODY);
      },
    );
  };
  return (req, res) => {
    if (req.method !== "GET" && req.method !== "HEAD") return false;
    switch (pathOf(req.url)) {
      case "/livez":
        sendJson(res, 200, LIVE_BODY);
        return true;
      case "/readyz":
      case "/healthz":
        readiness(res);
        return true;
      case "/metrics": {
        const source = options.metrics;
        if (!source) return false;
        source.metrics().then(
          (text) => res.writeHead(200, { "content-type": source.contentType }).end(text),
          () => res.writeHead(500).end(),
        );
        return true;
      }
      default:
        return false;
    }
  };
}
