// Runs a TypeScript entry point of this repository fast: bundles our own code with esbuild (about 0.2 s) and
// leaves every third-party package external, resolved to its absolute path, so Node loads those natively.
// Running through tsx instead costs seconds at start-up: its loader hooks see every one of hundreds of modules.
// The bundle is reused while none of its inputs (nor the lockfile) changed: a start then skips esbuild entirely.
// Usage: node tooling/scripts/run.mjs apps/cli/src/main.ts [args...]
import { existsSync, mkdirSync, readFileSync, renameSync, statSync, writeFileSync } from "node:fs";
import { basename, dirname, join, resolve } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";

const root = resolve(dirname(fileURLToPath(import.meta.url)), "../..");
const [entry, ...args] = process.argv.slice(2);
if (!entry) {
  console.error("usage: node tooling/scripts/run.mjs <entry.ts> [args...]");
  process.exit(2);
}
const entryPath = resolve(entry);
const outdir = join(root, ".cache", "run");
mkdirSync(outdir, { recursive: true });
const outfile = join(outdir, `${basename(dirname(dirname(entryPath)))}-${basename(entryPath, ".ts")}.mjs`);
const inputsFile = `${outfile}.inputs.json`;
const lockfile = join(root, "pnpm-lock.yaml");

const mtime = (file) => {
  try {
    return statSync(file).mtimeMs;
  } catch {
    return -1;
  }
};

/** Whether the bundle on disk was built from exactly the files as they are now. */
function bundleIsFresh() {
  if (!existsSync(outfile) || !existsSync(inputsFile)) return false;
  try {
    const inputs = JSON.parse(readFileSync(inputsFile, "utf8"));
    return Object.entries(inputs).every(([file, time]) => mtime(file) === time);
  } catch {
    return false;
  }
}

/** Writes aside, then renames: several runs may bundle at once (tests spawn in parallel). */
function writeAtomically(file, contents) {
  const temporary = `${file}.${process.pid}.tmp`;
  writeFileSync(temporary, contents);
  renameSync(temporary, file);
}

/** Third-party imports stay external, but as absolute paths: pnpm keeps each package's deps beside it. */
const externalThirdParty = {
  name: "external-third-party",
  setup(b) {
    b.onResolve({ filter: /^[^./]/ }, async (args) => {
      if (args.pluginData?.resolving || args.path.startsWith("@weerbaar/") || args.path.startsWith("node:"))
        return;
      const resolved = await b.resolve(args.path, {
        kind: args.kind,
        resolveDir: args.resolveDir,
        importer: args.importer,
        pluginData: { resolving: true },
      });
      if (resolved.errors.length > 0) return { errors: resolved.errors };
      return { path: resolved.path, external: true };
    });
  },
};

async function bundle() {
  const { build } = await import("esbuild");
  const result = await build({
    entryPoints: [entryPath],
    outfile,
    write: false,
    bundle: true,
    platform: "node",
    format: "esm",
    target: "node22",
    sourcemap: "inline",
    logLevel: "error",
    plugins: [externalThirdParty],
    metafile: true,
  });
  const inputs = Object.fromEntries(
    [...Object.keys(result.metafile.inputs).map((file) => resolve(file)), lockfile].map((file) => [
      file,
      mtime(file),
    ]),
  );
  writeAtomically(outfile, result.outputFiles[0].contents);
  writeAtomically(inputsFile, JSON.stringify(inputs));
}

if (!bundleIsFresh()) await bundle();
process.argv = [process.argv[0], entryPath, ...args];
await import(pathToFileURL(outfile).href);
