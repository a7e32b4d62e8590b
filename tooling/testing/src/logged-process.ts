import { type ChildProcess, spawn } from "node:child_process";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const root = join(dirname(fileURLToPath(import.meta.url)), "../../..");

/** One pino JSON log line, parsed. */
export type LogLine = Record<string, unknown>;

/** An entry point of this repository running in its own process, its JSON log lines collected. */
export type LoggedProcess = {
  process: ChildProcess;
  /** Every JSON line the process wrote to stdout so far, parsed. */
  logs: LogLine[];
  /** Resolves with the first line (seen or still to come) that matches; rejects if the process exits first. */
  waitForLog(matches: (line: LogLine) => boolean): Promise<LogLine>;
  /** Resolves with the exit code once the process has exited. */
  exited: Promise<number | null>;
  /** What the process wrote to stderr so far. */
  stderr(): string;
  /** Kills the process if it still runs (test cleanup). */
  kill(): void;
};

/**
 * Runs `node tooling/scripts/run.mjs <entry>` (as the root scripts start the bots) from the repository root with
 * `env` on top of this process's environment, and collects the pino lines it writes to stdout.
 */
export function startLoggedProcess(entry: string, env: Record<string, string>): LoggedProcess {
  const child = spawn(process.execPath, [join(root, "tooling/scripts/run.mjs"), entry], {
    cwd: root,
    env: { ...process.env, ...env },
    stdio: ["ignore", "pipe", "pipe"],
  });
  const logs: LogLine[] = [];
  const watchers: { matches: (line: LogLine) => boolean; resolve: (line: LogLine) => void }[] = [];
  let stderr = "";
  let pending = "";
  child.stdout?.on("data", (chunk: Buffer) => {
    pending += chunk.toString();
    const parts = pending.split("\n");
    pending = parts.pop() ?? "";
    for (const text of parts) {
      if (!text.startsWith("{")) continue;
      const line = JSON.parse(text) as LogLine;
      logs.push(line);
      for (const watcher of watchers.filter((w) => w.matches(line))) {
        watchers.splice(watchers.indexOf(watcher), 1);
        watcher.resolve(line);
      }
    }
  });
  child.stderr?.on("data", (chunk: Buffer) => {
    stderr += chunk.toString();
  });
  const exited = new Promise<number | null>((resolve) => child.once("exit", (code) => resolve(code)));
  return {
    process: child,
    logs,
    exited,
    stderr: () => stderr,
    waitForLog(matches) {
      const seen = logs.find(matches);
      if (seen) return Promise.resolve(seen);
      return Promise.race([
        new Promise<LogLine>((resolve) => watchers.push({ matches, resolve })),
        exited.then((code): LogLine => {
          throw new Error(`${entry} exited (${code}) first:\n${stderr}`);
        }),
      ]);
    },
    kill() {
      if (child.exitCode === null && child.signalCode === null) child.kill("SIGKILL");
    },
  };
}
