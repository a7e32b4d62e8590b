import { Writable } from "node:stream";
import pino from "pino";
import { describe, expect, it } from "vitest";
import { requestLogger } from "./request-logger.ts";

function capture() {
  const lines: Record<string, unknown>[] = [];
  const stream = new Writable({
    write(chunk, _encoding, done) {
      for (const line of String(chunk).split("\n")) if (line) lines.push(JSON.parse(line));
      done();
    },
  });
  return { lines, logger: pino({ level: "info" }, stream) };
}

describe("requestLogger", () => {
  it("puts the request id on every line", () => {
    const { lines, logger } = capture();
    const log = requestLogger(logger, "activity-1");
    log.info("one");
    log.child({ component: "x" }).warn("two");
    expect(lines.map((l) => l.reqId)).toEqual(["activity-1", "activity-1"]);
  });

  it("makes up a UUID when the platform gives no id", () => {
    const { lines, logger } = capture();
    requestLogger(logger, undefined).info("one");
    requestLogger(logger, "").info("two");
    expect(lines[0]?.reqId).toMatch(/^[0-9a-f-]{36}$/);
    expect(lines[1]?.reqId).not.toBe(lines[0]?.reqId);
  });
});
