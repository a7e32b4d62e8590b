#!/usr/bin/env node
// The `weerbaar` command: runs the CLI's bundle, dist/weerbaar.mjs beside this folder. The same file is a release's
// bin/weerbaar; in the repository, `pnpm build` makes the bundle (or use `pnpm --silent weerbaar`, which needs none).
import { existsSync } from "node:fs";
import { fileURLToPath } from "node:url";

const bundle = new URL("../dist/weerbaar.mjs", import.meta.url);
if (!existsSync(fileURLToPath(bundle))) {
  process.stderr.write(
    `weerbaar: ${fileURLToPath(bundle)} is missing: run \`pnpm build\` in the repository first / bouw eerst met \`pnpm build\`\n`,
  );
  process.exit(1);
}
// Stack traces name the TypeScript sources (the bundle's .map files), as `node --enable-source-maps` would.
process.setSourceMapsEnabled(true);
await import(bundle.href);
