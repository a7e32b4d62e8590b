import { lstatSync, readdirSync, readFileSync, realpathSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { installedRelease, runCommand } from "./support.ts";

const repository = resolve(dirname(fileURLToPath(import.meta.url)), "../../..");

/** Every symbolic link under `dir`. */
function links(dir: string): string[] {
  return readdirSync(dir, { recursive: true, encoding: "utf8" })
    .map((name) => join(dir, name))
    .filter((path) => lstatSync(path).isSymbolicLink());
}

describe("an installed release", () => {
  it("names the repository's folder nowhere", async () => {
    const release = installedRelease();
    const grep = await runCommand("grep", ["-rlF", repository, "."], { cwd: release });
    expect(grep.stdout).toBe("");
    expect(grep.code).toBe(1); // grep: no match
  });

  it("has no link that points outside it", () => {
    const release = installedRelease();
    const outside = links(release).filter((link) => !realpathSync(link).startsWith(`${release}/`));
    expect(outside).toEqual([]);
  });

  it("holds every package the bundles import, at the version they were built against", () => {
    const release = installedRelease();
    const externals = JSON.parse(readFileSync(join(release, "dist", "externals.json"), "utf8")) as Record<
      string,
      string
    >;
    expect(Object.keys(externals)).toEqual(expect.arrayContaining(["better-sqlite3", "botbuilder", "pino"]));
    // Pure ES-module libraries are inlined (tooling/scripts/bundle.mjs): linking kysely's 300 files cost 0.2 s.
    expect(Object.keys(externals)).not.toContain("kysely");
    for (const [name, version] of Object.entries(externals)) {
      const manifest = JSON.parse(readFileSync(join(release, "node_modules", name, "package.json"), "utf8"));
      expect(`${name}@${manifest.version}`).toBe(`${name}@${version}`);
    }
  });

  it("needs no build tools: neither tsx nor esbuild nor TypeScript is installed, no bundle imports by path", () => {
    const release = installedRelease();
    const installed = readdirSync(join(release, "node_modules"));
    expect(installed).not.toContain("tsx");
    expect(installed).not.toContain("esbuild");
    expect(installed).not.toContain("typescript");
    for (const bundle of ["teams-bot.mjs", "matrix-bot.mjs", "weerbaar.mjs"]) {
      const code = readFileSync(join(release, "dist", bundle), "utf8");
      expect(code).not.toMatch(/from "\//);
    }
  });

  it("says what it is: VERSION, README and a package.json with the weerbaar command", () => {
    const release = installedRelease();
    const repositoryVersion = JSON.parse(
      readFileSync(join(repository, "tooling/release/package.json"), "utf8"),
    ).version as string;
    expect(readFileSync(join(release, "VERSION"), "utf8")).toMatch(
      new RegExp(`^weerbaar ${repositoryVersion}\\n`),
    );
    expect(readFileSync(join(release, "README.md"), "utf8")).toContain("bin/weerbaar-teams-bot");
    const manifest = JSON.parse(readFileSync(join(release, "package.json"), "utf8"));
    expect(manifest).toMatchObject({
      name: "weerbaar",
      version: repositoryVersion,
      bin: { weerbaar: "bin/weerbaar" },
    });
    for (const command of ["weerbaar", "weerbaar-teams-bot", "weerbaar-matrix-bot"])
      expect(lstatSync(join(release, "bin", command)).mode & 0o111).toBe(0o111);
  });
});
