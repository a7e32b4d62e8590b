import { existsSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

/** The family every text in the pictures uses; its files come from the dejavu-fonts-ttf package. */
export const FONT_FAMILY = "DejaVu Sans";

const fontFileNames = ["DejaVuSans.ttf", "DejaVuSans-Bold.ttf"];

function packageTtfDir(): string | undefined {
  try {
    const manifest = createRequire(import.meta.url).resolve("dejavu-fonts-ttf/package.json");
    return join(dirname(manifest), "ttf");
  } catch {
    return undefined;
  }
}

/**
 * The repository's runner bundles workspace code into .cache/run, from where the package cannot be resolved;
 * pnpm also links every package into node_modules/.pnpm/node_modules, found by walking up from there.
 */
function hoistedTtfDir(): string | undefined {
  let dir = dirname(fileURLToPath(import.meta.url));
  for (;;) {
    for (const candidate of [
      join(dir, "node_modules", "dejavu-fonts-ttf", "ttf"),
      join(dir, "node_modules", ".pnpm", "node_modules", "dejavu-fonts-ttf", "ttf"),
    ]) {
      if (existsSync(join(candidate, "DejaVuSans.ttf"))) return candidate;
    }
    const parent = dirname(dir);
    if (parent === dir) return undefined;
    dir = parent;
  }
}

let fontFiles: string[] | undefined;

/** Paths of the DejaVu Sans regular and bold TTF files, so PNGs look the same on every machine. */
export function dejaVuFontFiles(): string[] {
  if (fontFiles) return fontFiles;
  const dir = packageTtfDir() ?? hoistedTtfDir();
  const files = dir ? fontFileNames.map((name) => join(dir, name)) : [];
  if (files.length === 0 || !files.every((f) => existsSync(f))) {
    throw new Error("@weerbaar/charts: the DejaVu Sans fonts (package dejavu-fonts-ttf) were not found");
  }
  fontFiles = files;
  return files;
}
