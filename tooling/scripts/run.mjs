// Runs a TypeScript entry point of this repository fast: bundles our own code with esbuild (about 0.2 s) and
// leaves every third-party package external, resolved to its absolute path, so Node loads those natively.
// Running through tsx instead costs seconds at start-up: its loader hooks see every one of hundreds of modules.
// Usage: node tooling/scripts/run.mjs apps/cli/src/main.ts [args...]
import { mkdirSync, renameSync, writeFileSync } from "node:fs";
import { basename, dirname, join, resolve } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { build } from "esbuild";

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

const result = await build({
  entryPoints: [entryPath],
  outfile,
  write: false,
  bundle: true,
  platform: "node",
  format: "esm",
  target: "node20",
  sourcemap: "inline",
  logLevel: "error",
  plugins: [externalThirdParty],
});
// Several runs may bundle at once (tests spawn in parallel): write aside, then rename atomically.
const temporary = `${outfile}.${process.pid}.tmp`;
writeFileSync(temporary, result.outputFiles[0].contents);
renameSync(temporary, outfile);
process.argv = [process.argv[0], entryPath, ...args];
await import(pathToFileURL(outfile).href);
