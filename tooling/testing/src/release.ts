import { type ChildProcess, spawn } from "node:child_process";
import { readFileSync } from "node:fs";
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const root = join(dirname(fileURLToPath(import.meta.url)), "../../..");

/** A release folder made by tooling/scripts/release.sh. */
export type Release = {
  dir: string;
  /** Deletes the folder. */
  remove(): Promise<void>;
};

/** The apps a release runs, by the name of their bundle in its dist/. */
export type ReleaseApp = "teams-bot" | "matrix-bot";

/**
 * The Node flags a release starts the bots with (its bin/weerbaar-<app> launchers, and so systemd and Docker):
 * deploy/node-flags, the one place they are written.
 */
export const RELEASE_NODE_FLAGS: readonly string[] = readFileSync(join(root, "deploy/node-flags"), "utf8")
  .trim()
  .split(/\s+/);

/** Runs `tooling/scripts/release.sh` into `dir`, by default a new folder under the system's temporary folder. */
export async function buildRelease(dir?: string): Promise<Release> {
  const out = dir ?? join(await mkdtemp(join(tmpdir(), "weerbaar-release-")), "weerbaar");
  const output = await new Promise<string>((resolve, reject) => {
    const child = spawn("bash", [join(root, "tooling/scripts/release.sh"), out], {
      cwd: root,
      stdio: ["ignore", "pipe", "pipe"],
    });
    let text = "";
    child.stdout.on("data", (chunk: Buffer) => {
      text += chunk.toString();
    });
    child.stderr.on("data", (chunk: Buffer) => {
      text += chunk.toString();
    });
    child.on("error", reject);
    child.on("close", (code) =>
      code === 0 ? resolve(text) : reject(new Error(`release.sh exited ${code}:\n${text.slice(-4000)}`)),
    );
  });
  if (!output.includes(`release: ${out}`)) throw new Error(`release.sh did not report ${out}:\n${output}`);
  return { dir: out, remove: () => rm(dir ? out : dirname(out), { recursive: true, force: true }) };
}

/** A process started from a release. */
export type ReleaseProcess = {
  child: ChildProcess;
  /** What it printed so far, stdout and stderr. */
  output(): string;
  /** Resolves with the exit code once it has exited. */
  exited: Promise<number | null>;
  /** Sends SIGTERM (if it still runs) and resolves with the exit code. */
  stop(): Promise<number | null>;
};

/**
 * Starts the app with its launcher, `dir/bin/weerbaar-<app>`, as deploy/ does, in `cwd`, with `env` and nothing
 * else of this process's environment but PATH (whose first `node` runs it): what it needs must be in the release
 * or in `env`.
 */
export function startFromRelease(
  dir: string,
  app: ReleaseApp,
  options: { env: Record<string, string>; cwd: string },
): ReleaseProcess {
  const child = spawn(join(dir, "bin", `weerbaar-${app}`), [], {
    cwd: options.cwd,
    env: { PATH: process.env.PATH ?? "/usr/bin:/bin", ...options.env },
    stdio: ["ignore", "pipe", "pipe"],
  });
  let text = "";
  child.stdout?.on("data", (chunk: Buffer) => {
    text += chunk.toString();
  });
  child.stderr?.on("data", (chunk: Buffer) => {
    text += chunk.toString();
  });
  const exited = new Promise<number | null>((resolve) => child.once("exit", (code) => resolve(code)));
  return {
    child,
    output: () => text,
    exited,
    stop: () => {
      if (child.exitCode === null && child.signalCode === null) child.kill("SIGTERM");
      return exited;
    },
  };
}

/**
 * Resolves once `url` answers 200, polling every 10 ms; rejects, with what the process printed, when it exits
 * first or `timeoutMs` passes.
 */
export async function waitUntilOk(
  url: string,
  target: Pick<ReleaseProcess, "child" | "output">,
  timeoutMs = 60_000,
): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const { exitCode, signalCode } = target.child;
    if (exitCode !== null || signalCode !== null)
      throw new Error(`exited (${exitCode ?? signalCode}) before ${url} answered 200:\n${target.output()}`);
    if (Date.now() > deadline)
      throw new Error(`${url} did not answer 200 within ${timeoutMs} ms:\n${target.output()}`);
    try {
      if ((await fetch(url)).status === 200) return;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}
