import { existsSync, mkdirSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";

/** The workspace root above `from` (the folder with pnpm-workspace.yaml); benchmarks run from their package. */
export function repositoryRoot(from: string = process.cwd()): string {
  for (let dir = from; dir !== dirname(dir); dir = dirname(dir)) {
    if (existsSync(join(dir, "pnpm-workspace.yaml"))) return dir;
  }
  throw new Error(`no pnpm-workspace.yaml above ${from}`);
}

/** Writes a benchmark's report to bench/raw/NAME.json, where bench-report.mjs collects it; returns the path. */
export function writeBenchReport(name: string, report: object): string {
  const out = join(repositoryRoot(), "bench", "raw", `${name}.json`);
  mkdirSync(dirname(out), { recursive: true });
  writeFileSync(out, `${JSON.stringify(report, null, 2)}\n`);
  return out;
}
