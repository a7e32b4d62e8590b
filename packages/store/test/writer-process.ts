// A writer in a process of its own (test/crash-writer.ts): real concurrent load on the database, from outside.
import { type ChildProcess, spawn } from "node:child_process";
import { fileURLToPath } from "node:url";

const writer = fileURLToPath(new URL("./crash-writer.ts", import.meta.url));
const runner = fileURLToPath(new URL("../../../tooling/scripts/run.mjs", import.meta.url));
const cwd = fileURLToPath(new URL("..", import.meta.url));

/** A running writer: its acknowledged writes so far, a wait for more, and a stop. */
export type WriterProcess = {
  acks(): string[];
  /** Resolves once the writer has acknowledged `count` writes in all. */
  acknowledged(count: number): Promise<void>;
  /** Kills the writer (SIGKILL: mid-transaction, like a crash) and waits until it is gone. */
  stop(): Promise<void>;
};

/** Starts crash-writer.ts on `url` as `organizerId`, writing bookings and whole-survey imports until stopped. */
export function startWriter(url: string, organizerId: string, tag: string): WriterProcess {
  const child: ChildProcess = spawn(
    process.execPath,
    [runner, writer, url, organizerId, tag, "import-first"],
    { cwd },
  );
  let stdout = "";
  let stderr = "";
  const waiting: { count: number; resolve(): void }[] = [];
  const acks = () => stdout.split("\n").filter((line) => line.startsWith("ack "));
  const closed = new Promise<void>((resolve) => child.on("close", () => resolve()));
  child.stdout?.on("data", (chunk: Buffer) => {
    stdout += chunk.toString("utf8");
    const done = acks().length;
    for (const w of waiting.filter((w) => w.count <= done)) {
      waiting.splice(waiting.indexOf(w), 1);
      w.resolve();
    }
  });
  child.stderr?.on("data", (chunk: Buffer) => {
    stderr += chunk.toString("utf8");
  });
  return {
    acks,
    acknowledged(count) {
      if (acks().length >= count) return Promise.resolve();
      return new Promise<void>((resolve, reject) => {
        waiting.push({ count, resolve });
        void closed.then(() =>
          reject(new Error(`writer ${tag} ended after ${acks().length} acks: ${stderr}`)),
        );
      });
    },
    async stop() {
      child.kill("SIGKILL");
      await closed;
    },
  };
}
