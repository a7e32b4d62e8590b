// @weerbaar/domain as another team would use it: packed to a tarball (`pnpm pack`, which builds dist/ first),
// installed into a project outside the workspace, imported from JavaScript and type-checked from strict TypeScript.
import { mkdtemp, readdir, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type CommandRun, runCommand } from "./support.ts";

const here = dirname(fileURLToPath(import.meta.url));
const domain = resolve(here, "../../../packages/domain");
const tsc = resolve(here, "../node_modules/typescript/bin/tsc");

/** The run, or an error with its output when it failed. */
async function succeeded(running: Promise<CommandRun>): Promise<CommandRun> {
  const run = await running;
  if (run.code !== 0) throw new Error(`exited ${run.code}:\n${run.stdout}${run.stderr}`);
  return run;
}

describe("@weerbaar/domain from its tarball", () => {
  let project: string;
  let installed: string;
  beforeAll(async () => {
    project = await mkdtemp(join(tmpdir(), "weerbaar-domain-user-"));
    const home = { HOME: process.env.HOME ?? "" };
    await succeeded(runCommand("pnpm", ["pack", "--pack-destination", project], { cwd: domain, env: home }));
    const [tarball] = (await readdir(project)).filter((name) => name.endsWith(".tgz"));
    if (!tarball) throw new Error(`pnpm pack wrote no tarball into ${project}`);
    await writeFile(
      join(project, "package.json"),
      JSON.stringify({ name: "domain-user", private: true, type: "module" }),
    );
    // Its dependencies come from pnpm's store and metadata cache, filled when the workspace was installed.
    await succeeded(runCommand("pnpm", ["add", "--offline", `./${tarball}`], { cwd: project, env: home }));
    installed = join(project, "node_modules", "@weerbaar", "domain");
  });
  afterAll(async () => {
    await rm(project, { recursive: true, force: true });
  });

  it("points at dist, with declarations, and carries neither tests nor workspace references", async () => {
    const manifest = JSON.parse(await readFile(join(installed, "package.json"), "utf8"));
    expect(manifest.exports).toEqual({
      ".": { types: "./dist/index.d.ts", default: "./dist/index.js" },
      "./reference-data": {
        types: "./dist/bodies/reference-data.generated.d.ts",
        default: "./dist/bodies/reference-data.generated.js",
      },
    });
    expect(manifest.types).toBe("./dist/index.d.ts");
    expect(JSON.stringify(manifest.dependencies)).not.toMatch(/catalog:|workspace:/);
    const files = await readdir(installed, { recursive: true });
    expect(files).toContain(join("dist", "bodies", "reference-data.generated.d.ts"));
    expect(files.filter((file) => file.endsWith(".test.ts") || file.endsWith(".test.js"))).toEqual([]);
  });

  it("resolves Leudal to GM1640 from JavaScript", async () => {
    const run = await succeeded(
      runCommand(
        "node",
        [
          "--input-type=module",
          "-e",
          'import { resolveBody } from "@weerbaar/domain"; import * as data from "@weerbaar/domain/reference-data"; const found = resolveBody("Leudal"); console.log(found.status, found.status === "found" ? found.body.code : "", Object.keys(data).length > 0);',
        ],
        { cwd: project },
      ),
    );
    expect(run.stdout.trim()).toBe("found GM1640 true");
  });

  it("type-checks under strict, noUncheckedIndexedAccess and NodeNext, and its types are not any", async () => {
    await writeFile(
      join(project, "tsconfig.json"),
      JSON.stringify({
        compilerOptions: {
          strict: true,
          noUncheckedIndexedAccess: true,
          module: "NodeNext",
          moduleResolution: "NodeNext",
          target: "ES2023",
          noEmit: true,
          types: [],
        },
        files: ["use.ts"],
      }),
    );
    await writeFile(
      join(project, "use.ts"),
      [
        'import { type Body, resolveBody } from "@weerbaar/domain";',
        "",
        'const found = resolveBody("Leudal");',
        'const body: Body | undefined = found.status === "found" ? found.body : undefined;',
        "const code: string | undefined = body?.code;",
        "// @ts-expect-error a body's code is a string: were the declarations missing, this would be `any`",
        "const wrong: number | undefined = body?.code;",
        "export { code, wrong };",
        "",
      ].join("\n"),
    );
    const run = await runCommand(process.execPath, [tsc, "-p", project], { cwd: project });
    expect(run.stdout + run.stderr).toBe("");
    expect(run.code).toBe(0);
  });
});
