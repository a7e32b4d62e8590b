// Bundles TypeScript entry points of this repository with esbuild: the project's own code (relative imports and
// @weerbaar/* packages) inlined, and the few pure ES-module libraries in INLINED; every other third-party package
// is left external so Node loads it natively from node_modules. Used by run.mjs (development), build.mjs
// (`pnpm build`, the start commands) and release.sh.
//
// Code reached only through `await import()` (the charts, with vega and resvg) goes into a chunk of its own:
// in one file, esbuild would hoist the chunk's third-party imports to the top, and every start would load them.
import {
  existsSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  renameSync,
  rmSync,
  statSync,
  writeFileSync,
} from "node:fs";
import { basename, dirname, join, relative, resolve } from "node:path";
import { fileURLToPath } from "node:url";

/** The repository root. */
export const root = resolve(dirname(fileURLToPath(import.meta.url)), "../..");
const lockfile = join(root, "pnpm-lock.yaml");
/** The folder, beside the entry bundles, that holds the chunks they share or load later. */
const CHUNKS = "chunks";

const mtime = (file) => {
  try {
    return statSync(file).mtimeMs;
  } catch {
    return -1;
  }
};

/** Writes aside, then renames: several runs may bundle at once (tests spawn in parallel). */
function writeAtomically(file, contents) {
  mkdirSync(dirname(file), { recursive: true });
  const temporary = `${file}.${process.pid}.tmp`;
  writeFileSync(temporary, contents);
  renameSync(temporary, file);
}

/** `@scope/name/sub/path` → `@scope/name`, `name/sub` → `name`. */
export function packageNameOf(specifier) {
  const parts = specifier.split("/");
  return specifier.startsWith("@") ? parts.slice(0, 2).join("/") : (parts[0] ?? specifier);
}

/** The version of the installed package `name` that `file` belongs to (walks up to its package.json). */
function installedVersion(file, name) {
  for (let dir = dirname(file); dir !== dirname(dir); dir = dirname(dir)) {
    const manifest = join(dir, "package.json");
    if (!existsSync(manifest)) continue;
    const { name: found, version } = JSON.parse(readFileSync(manifest, "utf8"));
    if (found === name) return version;
  }
  throw new Error(`bundle: no package.json of ${name} above ${file}`);
}

/**
 * Pure-JavaScript ES-module packages inlined into the bundles, not loaded from node_modules: Node links an ES
 * module file by file, and kysely alone is some 300 files (220 ms and 22 MB at every start; 23 ms bundled).
 * Everything else stays external: native code (better-sqlite3), packages that find files or workers beside
 * themselves (pino, resvg, vega), CommonJS with optional requires (pg, botbuilder, express).
 */
export const INLINED = new Set([
  "kysely",
  "zod",
  "chrono-node",
  "date-fns",
  "@date-fns/tz",
  "ts-pattern",
  "croner",
  "ical-generator",
  "fastest-levenshtein",
  "matrix-bot-sdk",
  "express",
  "prom-client",
]);

/** Packages with native code, never inlined, also when an inlined package imports them. */
const NATIVE = new Set([
  "better-sqlite3",
  "@matrix-org/matrix-sdk-crypto-nodejs",
  "@turt2live/matrix-sdk-crypto-nodejs",
]);

/** CommonJS code inlined into an ES module still calls `require` (for Node's own modules): give it one. */
const REQUIRE_SHIM = `import { createRequire as __weerbaarCreateRequire } from "node:module";
const require = __weerbaarCreateRequire(import.meta.url);`;

/**
 * Other third-party imports stay external. "absolute": rewritten to the file this checkout resolves them to, as the
 * importing workspace package would (pnpm keeps each package's dependencies beside it), so the bundle runs from
 * anywhere in this checkout. "bare": left as written, for a release whose flat node_modules holds them; the
 * version each one resolved to here is recorded, so the release can check it installed the same.
 */
function externalThirdParty(mode, versions) {
  return {
    name: "external-third-party",
    setup(b) {
      b.onResolve({ filter: /^[^./]/ }, async (args) => {
        if (args.pluginData?.resolving || args.path.startsWith("@weerbaar/") || args.path.startsWith("node:"))
          return;
        // What an inlined package imports is inlined with it, except native code, which stays external.
        const name = packageNameOf(args.path);
        const fromInlined = args.importer.includes("/node_modules/");
        if ((INLINED.has(name) || fromInlined) && !NATIVE.has(name)) return;
        const resolved = await b.resolve(args.path, {
          kind: args.kind,
          resolveDir: args.resolveDir,
          importer: args.importer,
          pluginData: { resolving: true },
        });
        if (resolved.errors.length > 0) return { errors: resolved.errors };
        if (mode === "absolute") return { path: resolved.path, external: true };
        const version = installedVersion(resolved.path, name);
        const seen = versions.get(name);
        if (seen && seen !== version)
          return {
            errors: [
              { text: `${name} is imported at two versions (${seen}, ${version}); a release holds one` },
            ],
          };
        versions.set(name, version);
        return { path: args.path, external: true };
      });
    },
  };
}

/** Sources named by their path in the repository, one folder up from the bundles': `../packages/store/src/…`. */
function relocateSourceMap(mapText, mapFile, outdir) {
  const map = JSON.parse(mapText);
  const depth = relative(outdir, dirname(mapFile)).split("/").filter(Boolean).length;
  const up = join(...Array(depth + 1).fill(".."));
  map.sources = map.sources.map((source) => join(up, relative(root, resolve(dirname(mapFile), source))));
  return JSON.stringify(map);
}

/** Chunk files in `outdir/chunks` that this build did not write: left over from earlier builds. */
function removeStaleChunks(outdir, written) {
  const dir = join(outdir, CHUNKS);
  if (!existsSync(dir)) return;
  for (const name of readdirSync(dir))
    if (!written.has(join(dir, name))) rmSync(join(dir, name), { force: true });
}

/**
 * Bundles `entries` (output name → entry file) into `outdir` as ESM for Node 22+: `<name>.mjs` each, and the
 * chunks they share or load on demand in `outdir/chunks`.
 * - For this checkout (`release` false): third-party imports as absolute paths, and each entry's inputs and
 *   outputs recorded in `<name>.mjs.inputs.json` for {@link isFresh}; source maps `inline` or in `.map` files.
 *   `pruneChunks` removes chunks of earlier builds (not in .cache/run, where other entries' chunks live too).
 * - For a release: third-party imports bare, `.map` files whose sources are named by their path in the
 *   repository, and nothing that names this machine; chunks of earlier builds are removed.
 * Returns the third-party packages the bundles import with the versions they resolved to here (release only).
 * @param {{ entries: Record<string, string>, outdir: string, release?: boolean, sourceMap?: "inline" | "file",
 *   pruneChunks?: boolean }} options
 * @returns {Promise<{ externals: Record<string, string> }>}
 */
export async function bundle({ entries, outdir, release = false, sourceMap = "file", pruneChunks = true }) {
  const { build } = await import("esbuild");
  const versions = new Map();
  const result = await build({
    absWorkingDir: root,
    entryPoints: Object.fromEntries(Object.entries(entries).map(([name, file]) => [name, resolve(file)])),
    outdir,
    outExtension: { ".js": ".mjs" },
    chunkNames: `${CHUNKS}/[name]-[hash]`,
    splitting: true,
    write: false,
    bundle: true,
    platform: "node",
    format: "esm",
    target: "node22",
    sourcemap: sourceMap === "inline" && !release ? "inline" : "external",
    logLevel: "error",
    plugins: [externalThirdParty(release ? "bare" : "absolute", versions)],
    banner: { js: REQUIRE_SHIM },
    metafile: true,
  });
  // Chunks first, entries last: a concurrent reader never finds an entry whose chunks are not there yet.
  const files = [...result.outputFiles].sort((a, b) => Number(isEntry(a.path)) - Number(isEntry(b.path)));
  for (const file of files) {
    const relocate = release && file.path.endsWith(".map");
    writeAtomically(file.path, relocate ? relocateSourceMap(file.text, file.path, outdir) : file.contents);
  }
  if (release || pruneChunks) removeStaleChunks(outdir, new Set(files.map((file) => file.path)));
  if (!release) {
    const inputs = Object.fromEntries(
      [...Object.keys(result.metafile.inputs).map((file) => resolve(root, file)), lockfile].map((file) => [
        file,
        mtime(file),
      ]),
    );
    const outputs = files.map((file) => file.path);
    for (const name of Object.keys(entries))
      writeAtomically(join(outdir, `${name}.mjs.inputs.json`), JSON.stringify({ inputs, outputs }));
  }
  return { externals: Object.fromEntries([...versions].sort(([a], [b]) => a.localeCompare(b))) };

  function isEntry(path) {
    return dirname(path) === resolve(outdir) && basename(path).endsWith(".mjs");
  }
}

/** Whether `outdir/<name>.mjs` was built from exactly the files as they are now (and its chunks are there). */
export function isFresh(outdir, name) {
  const inputsFile = join(outdir, `${name}.mjs.inputs.json`);
  if (!existsSync(join(outdir, `${name}.mjs`)) || !existsSync(inputsFile)) return false;
  try {
    const { inputs, outputs } = JSON.parse(readFileSync(inputsFile, "utf8"));
    return (
      Object.entries(inputs).every(([file, time]) => mtime(file) === time) &&
      outputs.every((file) => existsSync(file))
    );
  } catch {
    return false;
  }
}
