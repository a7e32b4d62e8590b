// Runs a TypeScript entry point of this repository fast: bundles our own code with esbuild (about 0.2 s) and
// leaves every third-party package external, resolved to its absolute path, so Node loads those natively.
// Running through tsx instead costs seconds at start-up: its loader hooks see every one of hundreds of modules.
// The bundle is reused while none of its inputs (nor the lockfile) changed: a start then skips esbuild entirely.
// Usage: node tooling/scripts/run.mjs apps/cli/src/main.ts [args...]
import { mkdirSync } from "node:fs";
import { basename, dirname, join, resolve } from "node:path";
import { pathToFileURL } from "node:url";
import { bundle, isFresh, root } from "./bundle.mjs";

const [entry, ...args] = process.argv.slice(2);
if (!entry) {
  console.error("usage: node tooling/scripts/run.mjs <entry.ts> [args...]");
  process.exit(2);
}
const entryPath = resolve(entry);
const outdir = join(root, ".cache", "run");
mkdirSync(outdir, { recursive: true });
const name = `${basename(dirname(dirname(entryPath)))}-${basename(entryPath, ".ts")}`;

// Other entries' bundles share .cache/run/chunks: chunks are named by their content and never pruned here.
if (!isFresh(outdir, name))
  await bundle({ entries: { [name]: entryPath }, outdir, sourceMap: "inline", pruneChunks: false });
process.argv = [process.argv[0], entryPath, ...args];
await import(pathToFileURL(join(outdir, `${name}.mjs`)).href);
