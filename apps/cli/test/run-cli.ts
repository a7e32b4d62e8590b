import { spawn } from "node:child_process";
import { fileURLToPath } from "node:url";

const main = fileURLToPath(new URL("../src/main.ts", import.meta.url));
const runner = fileURLToPath(new URL("../../../tooling/scripts/run.mjs", import.meta.url));
const cwd = fileURLToPath(new URL("..", import.meta.url));

/** What a CLI run printed and how it exited. */
export type CliRun = { code: number | null; stdout: string; stderr: string };

/** Runs the real `weerbaar` CLI in a child process (as `pnpm weerbaar` does), without DATABASE_URL from the environment; `input` is its stdin. */
export function runCli(args: string[], input = ""): Promise<CliRun> {
  const env = { ...process.env };
  delete env.DATABASE_URL;
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ["--enable-source-maps", runner, main, ...args], { cwd, env });
    let stdout = "";
    let stderr = "";
    child.stdout.on("data", (chunk: Buffer) => {
      stdout += chunk.toString("utf8");
    });
    child.stderr.on("data", (chunk: Buffer) => {
      stderr += chunk.toString("utf8");
    });
    child.on("error", reject);
    child.stdin.end(input);
    child.on("close", (code) => resolve({ code, stdout, stderr }));
  });
}
