import { spawn } from "node:child_process";
import { lstatSync, readdirSync } from "node:fs";
import { join, relative } from "node:path";
import { inject } from "vitest";

/** The installed copy of the release (see global-setup.ts). */
export function installedRelease(): string {
  return inject("release");
}

/** Every path under `dir` with its size and modification time, links not followed: to see that nothing wrote there. */
export function folderState(dir: string): Map<string, string> {
  const state = new Map<string, string>();
  const walk = (folder: string) => {
    for (const name of readdirSync(folder)) {
      const path = join(folder, name);
      const stat = lstatSync(path);
      state.set(relative(dir, path), stat.isDirectory() ? "dir" : `${stat.size}:${stat.mtimeMs}`);
      if (stat.isDirectory()) walk(path);
    }
  };
  walk(dir);
  return state;
}

/** What a command printed and how it exited. */
export type CommandRun = { code: number | null; stdout: string; stderr: string };

/** Runs `command` (no shell) in `cwd` with `env` and this process's PATH, and nothing else of its environment. */
export function runCommand(
  command: string,
  args: string[],
  options: { cwd: string; env?: Record<string, string> },
): Promise<CommandRun> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, {
      cwd: options.cwd,
      env: { PATH: process.env.PATH ?? "/usr/bin:/bin", ...options.env },
      stdio: ["ignore", "pipe", "pipe"],
    });
    let stdout = "";
    let stderr = "";
    child.stdout.on("data", (chunk: Buffer) => {
      stdout += chunk.toString();
    });
    child.stderr.on("data", (chunk: Buffer) => {
      stderr += chunk.toString();
    });
    child.on("error", reject);
    child.on("close", (code) => resolve({ code, stdout, stderr }));
  });
}
