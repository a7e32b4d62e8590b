import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { afterEach, describe, expect, it } from "vitest";
import { createBotMetrics } from "./metrics.ts";
import { createProbeHandler, type ProbeOptions } from "./probes.ts";

describe("the probe routes", () => {
  let server: Server | undefined;
  afterEach(() => server?.close());

  const serve = async (options: ProbeOptions) => {
    const probes = createProbeHandler(options);
    server = createServer((req, res) => {
      if (!probes(req, res)) res.writeHead(404).end();
    });
    await new Promise<void>((resolve) => server?.listen(0, "127.0.0.1", resolve));
    const { port } = server.address() as AddressInfo;
    return (path: string) => fetch(`http://127.0.0.1:${port}${path}`);
  };

  it("answers /livez while /readyz and /healthz follow readiness", async () => {
    let ok = true;
    const get = await serve({ ready: async () => ({ ok, body: { database: ok ? "ok" : "down" } }) });
    expect((await get("/readyz")).status).toBe(200);
    ok = false;
    const ready = await get("/readyz?verbose");
    expect(ready.status).toBe(503);
    expect(await ready.json()).toEqual({ database: "down" });
    expect((await get("/healthz")).status).toBe(503);
    expect((await get("/livez")).status).toBe(200);
    expect((await get("/metrics")).status).toBe(404);
    expect((await get("/elsewhere")).status).toBe(404);
  });

  it("answers 503 and reports the error when the readiness check throws", async () => {
    const errors: unknown[] = [];
    const get = await serve({
      ready: async () => {
        throw new Error("boom");
      },
      onReadyError: (error) => errors.push(error),
    });
    const response = await get("/readyz");
    expect(response.status).toBe(503);
    expect(await response.json()).toEqual({ status: "unavailable" });
    expect(errors).toHaveLength(1);
  });

  it("serves the registry as Prometheus text on /metrics", async () => {
    const metrics = createBotMetrics({ platform: "teams", processMetrics: false });
    metrics.turn("help", 0.01);
    const get = await serve({ ready: async () => ({ ok: true, body: {} }), metrics: metrics.registry });
    const response = await get("/metrics");
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toContain("text/plain");
    expect(await response.text()).toContain('weerbaar_turns_total{platform="teams",intent="help"} 1');
  });
});
