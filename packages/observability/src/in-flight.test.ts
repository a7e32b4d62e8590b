import { describe, expect, it } from "vitest";
import { createInFlight } from "./in-flight.ts";

describe("createInFlight", () => {
  it("is idle at once when nothing runs, and once the last piece of work leaves", async () => {
    const inFlight = createInFlight();
    await inFlight.idle();
    inFlight.enter();
    inFlight.enter();
    let idle = false;
    const waiting = inFlight.idle().then(() => {
      idle = true;
    });
    inFlight.leave();
    await Promise.resolve();
    expect(idle).toBe(false);
    expect(inFlight.count).toBe(1);
    inFlight.leave();
    await waiting;
    expect(idle).toBe(true);
  });

  it("counts run() work until it settles, also when it fails", async () => {
    const inFlight = createInFlight();
    let fail: (error: Error) => void = () => {};
    const work = inFlight.run(() => new Promise((_, reject) => (fail = reject)));
    expect(inFlight.count).toBe(1);
    fail(new Error("turn failed"));
    await expect(work).rejects.toThrow("turn failed");
    expect(inFlight.count).toBe(0);
  });

  it("refuses a leave() without an enter()", () => {
    expect(() => createInFlight().leave()).toThrow(/without a matching enter/);
  });
});
