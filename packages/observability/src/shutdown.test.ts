import { Writable } from "node:stream";
import pino from "pino";
import { describe, expect, it } from "vitest";
import { createInFlight } from "./in-flight.ts";
import { createShutdown } from "./shutdown.ts";

/** A scenario: a shutdown whose steps record what happened, with a silent logger and exit captured. */
function scenario(timeoutMs: number) {
  const steps: string[] = [];
  const exits: number[] = [];
  const inFlight = createInFlight();
  const logger = pino({ level: "silent" }, new Writable({ write: (_c, _e, done) => done() }));
  const shutdown = createShutdown({
    inFlight,
    logger,
    timeoutMs,
    stopAccepting: () => {
      steps.push("stop accepting");
    },
    close: async () => {
      steps.push("close");
    },
    exit: (code) => {
      exits.push(code);
    },
  });
  return { steps, exits, inFlight, shutdown };
}

describe("createShutdown", () => {
  it("stops accepting, waits for in-flight work, closes and exits 0", async () => {
    const { steps, exits, inFlight, shutdown } = scenario(10_000);
    inFlight.enter();
    const done = shutdown.run("SIGTERM");
    expect(shutdown.started).toBe(true);
    await Promise.resolve();
    expect(steps).toEqual(["stop accepting"]);
    steps.push("work finished");
    inFlight.leave();
    expect(await done).toBe(0);
    expect(steps).toEqual(["stop accepting", "work finished", "close"]);
    expect(exits).toEqual([0]);
  });

  it("exits 1 when work is still running at the deadline, after closing", async () => {
    const { steps, exits, inFlight, shutdown } = scenario(20);
    inFlight.enter();
    expect(await shutdown.run("SIGTERM")).toBe(1);
    expect(steps).toEqual(["stop accepting", "close"]);
    expect(exits).toEqual([1]);
  });

  it("runs once however often it is asked", async () => {
    const { steps, exits, shutdown } = scenario(1000);
    const [first, second] = await Promise.all([shutdown.run("SIGTERM"), shutdown.run("SIGINT")]);
    expect([first, second]).toEqual([0, 0]);
    expect(steps).toEqual(["stop accepting", "close"]);
    expect(exits).toEqual([0]);
  });

  it("exits 1 when closing fails", async () => {
    const exits: number[] = [];
    const shutdown = createShutdown({
      inFlight: createInFlight(),
      logger: pino({ level: "silent" }),
      stopAccepting: () => undefined,
      close: async () => {
        throw new Error("store would not close");
      },
      exit: (code) => exits.push(code),
    });
    expect(await shutdown.run("SIGTERM")).toBe(1);
    expect(exits).toEqual([1]);
  });

  it("starts on a signal", async () => {
    const { exits, shutdown } = scenario(1000);
    const uninstall = shutdown.onSignals(["SIGUSR2"]);
    try {
      process.kill(process.pid, "SIGUSR2");
      await new Promise<void>((resolve) => {
        const poll = () => (exits.length > 0 ? resolve() : setImmediate(poll));
        poll();
      });
      expect(exits).toEqual([0]);
    } finally {
      uninstall();
    }
  });
});
