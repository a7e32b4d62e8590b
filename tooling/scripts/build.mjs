// Bundles the apps' entry points into plain JavaScript (see bundle.mjs): the project's code inlined, third-party
// packages external. Two destinations:
//   node tooling/scripts/build.mjs [APP...]            apps/<app>/dist/<bundle>.mjs + .map, for this checkout
//                                                       (`pnpm build`; the start commands run these)
//   node tooling/scripts/build.mjs --release DIR       DIR/<bundle>.mjs + .map, DIR/chunks and DIR/externals.json,
//                                                       for a release folder (release.sh), which installs externals
// `--if-stale` rebuilds only bundles whose inputs changed. APP is teams-bot, matrix-bot or cli (default: all).
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { bundle, isFresh, root } from "./bundle.mjs";

/** Every app's entry point and the name of its bundle, the same in apps/<app>/dist and in a release's dist. */
export const apps = {
  "teams-bot": { entry: "apps/teams-bot/src/main.ts", bundle: "teams-bot" },
  "matrix-bot": { entry: "apps/matrix-bot/src/main.ts", bundle: "matrix-bot" },
  cli: { entry: "apps/cli/src/main.ts", bundle: "weerbaar" },
};

function appSpec(app) {
  const spec = apps[app];
  if (!spec) throw new Error(`build: unknown app "${app}" (known: ${Object.keys(apps).join(", ")})`);
  return spec;
}

/** Where `pnpm build` puts an app's bundle in this checkout. */
export function checkoutBundle(app) {
  return join(root, "apps", app, "dist", `${appSpec(app).bundle}.mjs`);
}

/** Builds an app's bundle for this checkout unless it is fresh (or `force`); returns its path. */
export async function buildForCheckout(app, { force = true } = {}) {
  const spec = appSpec(app);
  const outdir = join(root, "apps", app, "dist");
  if (force || !isFresh(outdir, spec.bundle))
    await bundle({ entries: { [spec.bundle]: join(root, spec.entry) }, outdir });
  return checkoutBundle(app);
}

/**
 * Builds every app's bundle into `dir` for a release (chunks they share in `dir/chunks`) and writes
 * `dir/externals.json`: each third-party package the bundles import, with the version this checkout resolved.
 */
export async function buildForRelease(dir) {
  const entries = Object.fromEntries(
    Object.values(apps).map((spec) => [spec.bundle, join(root, spec.entry)]),
  );
  const { externals } = await bundle({ entries, outdir: dir, release: true });
  writeFileSync(join(dir, "externals.json"), `${JSON.stringify(externals, null, 2)}\n`);
  return externals;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const args = process.argv.slice(2);
  const releaseAt = args.indexOf("--release");
  try {
    if (releaseAt >= 0) {
      const dir = args[releaseAt + 1];
      if (!dir) throw new Error("build: --release needs a folder");
      await buildForRelease(dir);
    } else {
      const force = !args.includes("--if-stale");
      const chosen = args.filter((arg) => !arg.startsWith("--"));
      for (const app of chosen.length > 0 ? chosen : Object.keys(apps))
        await buildForCheckout(app, { force });
    }
  } catch (error) {
    console.error(error instanceof Error ? error.message : String(error));
    process.exit(1);
  }
}
