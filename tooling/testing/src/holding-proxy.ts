import { createServer, type IncomingMessage, request, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";

/** Requests held back by `hold`, let through together by `release`. */
export type Hold = {
  /** Resolves when the first matching request has arrived (and is being held). */
  readonly arrived: Promise<void>;
  /** Forwards every held request and stops holding. */
  release(): void;
};

/** An HTTP proxy in front of a real server that can hold chosen requests back: a slow network, made to order. */
export type HoldingProxy = {
  /** The proxy's base URL, `http://127.0.0.1:<port>` (no trailing slash). */
  readonly url: string;
  /** Holds the requests that match, from now until `release()`. */
  hold(matches: (method: string, path: string) => boolean): Hold;
  close(): Promise<void>;
};

/**
 * Starts a proxy on 127.0.0.1 that forwards every request to `target` (method, path, headers and body, streamed
 * both ways), except those a `hold` matches, which wait for its release. Tests use it to keep a real process's turn
 * in flight for as long as they need, with no hook in the code under test.
 */
export async function startHoldingProxy(target: string): Promise<HoldingProxy> {
  const base = new URL(target);
  let holding: {
    matches: (method: string, path: string) => boolean;
    queue: (() => void)[];
    arrived: () => void;
  }[] = [];

  const forward = (req: IncomingMessage, res: ServerResponse) => {
    const upstream = request(
      {
        hostname: base.hostname,
        port: base.port,
        method: req.method,
        path: `${base.pathname.replace(/\/$/, "")}${req.url ?? "/"}`,
        headers: { ...req.headers, host: base.host },
      },
      (answer) => {
        res.writeHead(answer.statusCode ?? 502, answer.headers);
        answer.pipe(res);
      },
    );
    upstream.on("error", () => {
      if (!res.headersSent) res.writeHead(502);
      res.end();
    });
    req.pipe(upstream);
  };

  const server = createServer((req, res) => {
    const hold = holding.find((h) => h.matches(req.method ?? "GET", req.url ?? "/"));
    if (!hold) return forward(req, res);
    req.pause();
    hold.queue.push(() => {
      req.resume();
      forward(req, res);
    });
    hold.arrived();
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;

  return {
    url: `http://127.0.0.1:${port}`,
    hold(matches) {
      let arrived: () => void = () => {};
      const first = new Promise<void>((resolve) => {
        arrived = resolve;
      });
      const entry = { matches, queue: [] as (() => void)[], arrived };
      holding.push(entry);
      return {
        arrived: first,
        release() {
          holding = holding.filter((h) => h !== entry);
          for (const send of entry.queue.splice(0)) send();
        },
      };
    },
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
