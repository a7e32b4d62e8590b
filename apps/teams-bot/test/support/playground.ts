import { type ChildProcess, spawn } from "node:child_process";
import { existsSync } from "node:fs";
import { mkdtemp, rm } from "node:fs/promises";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { type BrowserContext, chromium } from "playwright-core";

/** Debian's chromium; `apt-get install -y chromium` provides it. */
export const CHROMIUM = "/usr/bin/chromium";

/** The identity the Agents Playground gives its default user (Alex Wilber) and tenant. */
export const PLAYGROUND_USER_AAD = "00000000-0000-0000-0000-0000000000020";
/** The tenant of the Agents Playground's default configuration. */
export const PLAYGROUND_TENANT = "00000000-0000-0000-0000-0000000000001";

const CHROMIUM_FLAGS = [
  "--headless",
  "--no-sandbox",
  "--disable-gpu",
  "--disable-quic",
  "--no-first-run",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
];

/** A running Microsoft 365 Agents Playground in front of a bot. */
export type Playground = { url: string; stop(): Promise<void> };

/**
 * Starts `agentsplayground` (offline, no telemetry, no browser of its own) in its own process group, pointed at
 * the bot's /api/messages; resolves with its web UI URL once it listens.
 */
export async function startPlayground(botMessagesUrl: string, timeoutMs = 30_000): Promise<Playground> {
  const require = createRequire(import.meta.url);
  const cli = join(require.resolve("@microsoft/m365agentsplayground/package.json"), "..", "cli.js");
  // It writes devTools/ logs into its working directory: keep them out of the repository.
  const workDir = await mkdtemp(join(tmpdir(), "weerbaar-playground-"));
  const child: ChildProcess = spawn(
    process.execPath,
    [cli, "-e", botMessagesUrl, "-c", "msteams", "--disable-telemetry", "-p", "56150"],
    {
      env: { ...process.env, TEAMSAPPTESTER_BROWSER: "none", APPLICATION_INSIGHTS_NO_STATSBEAT: "1" },
      stdio: ["ignore", "pipe", "pipe"],
      cwd: workDir,
      detached: true,
    },
  );
  let output = "";
  const kill = () => {
    if (child.exitCode === null && child.pid !== undefined) process.kill(-child.pid, "SIGTERM");
  };
  const started = new Promise<number>((resolve, reject) => {
    const timer = setTimeout(
      () => reject(new Error(`agentsplayground did not start in ${timeoutMs} ms:\n${output}`)),
      timeoutMs,
    );
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      const match = /Listening on (\d+)/.exec(output);
      if (match?.[1]) {
        clearTimeout(timer);
        resolve(Number(match[1]));
      }
    };
    child.stdout?.on("data", onData);
    child.stderr?.on("data", onData);
    child.once("exit", (code) => {
      clearTimeout(timer);
      reject(new Error(`agentsplayground exited with ${code}:\n${output}`));
    });
  });
  let port: number;
  try {
    port = await started;
  } catch (error) {
    kill();
    await rm(workDir, { recursive: true, force: true });
    throw error;
  }
  return {
    url: `http://127.0.0.1:${port}/`,
    async stop() {
      if (child.exitCode === null) {
        const exited = new Promise((resolve) => child.once("exit", resolve));
        kill();
        await Promise.race([exited, new Promise((resolve) => setTimeout(resolve, 5000))]);
      }
      await rm(workDir, { recursive: true, force: true });
    },
  };
}

/** Headless Debian chromium with a fresh profile; fails clearly when chromium is not installed. */
export async function launchChromium(): Promise<{ context: BrowserContext; close(): Promise<void> }> {
  if (!existsSync(CHROMIUM)) {
    throw new Error(
      `${CHROMIUM} is missing: install it with \`apt-get install -y chromium\` (the test script does).`,
    );
  }
  const profile = await mkdtemp(join(tmpdir(), "weerbaar-chromium-"));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    args: CHROMIUM_FLAGS,
    headless: true,
    viewport: { width: 1280, height: 900 },
  });
  return {
    context,
    async close() {
      await context.close();
      await rm(profile, { recursive: true, force: true });
    },
  };
}
