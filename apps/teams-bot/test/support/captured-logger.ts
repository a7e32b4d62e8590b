import { Writable } from "node:stream";
import pino, { type Logger } from "pino";

/** One parsed pino line. */
export type LogLine = Record<string, unknown>;

/** A debug-level pino logger whose lines land, parsed and in order, in `lines` (synchronously, as written). */
export function capturedLogger(): { lines: LogLine[]; logger: Logger } {
  const lines: LogLine[] = [];
  const stream = new Writable({
    write(chunk, _encoding, done) {
      for (const line of String(chunk).split("\n")) if (line) lines.push(JSON.parse(line) as LogLine);
      done();
    },
  });
  return { lines, logger: pino({ level: "debug" }, stream) };
}
