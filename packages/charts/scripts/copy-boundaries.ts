// Copies the municipality and province boundaries from ../shared/data (see its SOURCES.md) into data/, so the
// package works without ../shared at run time. The copies are byte-identical; they carry a .json extension so
// that they can be imported as JSON modules (which bundlers inline: the repo's runner bundles workspace code).
// Usage: pnpm --filter @weerbaar/charts boundaries [--check]
import { readFileSync, writeFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";

const here = dirname(fileURLToPath(import.meta.url));
/** Where the shared data lives: ../shared/data beside the repository, or WEERBAAR_SHARED_DATA. */
export const sharedDataDir = process.env.WEERBAAR_SHARED_DATA ?? resolve(here, "../../../../shared/data");
/** The bundled copies' directory. */
export const bundledDataDir = join(here, "../data");

/** Each shared boundary file and the name of its bundled copy. */
export const boundaryFiles = [
  { shared: "gemeenten-2025.geojson", bundled: "gemeenten-2025.geo.json" },
  { shared: "provincies-2025.topojson", bundled: "provincies-2025.topo.json" },
] as const;

/** The bundled copies that differ from (or lack) their shared original. */
export function staleCopies(): string[] {
  return boundaryFiles
    .filter(({ shared, bundled }) => {
      try {
        return !readFileSync(join(sharedDataDir, shared)).equals(readFileSync(join(bundledDataDir, bundled)));
      } catch {
        return true;
      }
    })
    .map((f) => f.bundled);
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  if (process.argv.includes("--check")) {
    const stale = staleCopies();
    if (stale.length > 0) {
      console.error(`out of date: ${stale.join(", ")}: run scripts/copy-boundaries.ts`);
      process.exit(1);
    }
  } else {
    for (const { shared, bundled } of boundaryFiles) {
      // Written, not copied: copyFile would also copy the shared files' read-only mode.
      writeFileSync(join(bundledDataDir, bundled), readFileSync(join(sharedDataDir, shared)));
      console.log(`copied ${shared} -> data/${bundled}`);
    }
  }
}
