import { mkdir, mkdtemp, readFile, rm, symlink } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { createTestDatabase } from "@weerbaar/testing/postgres";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { folderState, installedRelease, runCommand } from "./support.ts";

describe("the weerbaar command of an installed release", () => {
  let data: string;
  let release: string;
  let before: Map<string, string>;
  beforeAll(async () => {
    data = await mkdtemp(join(tmpdir(), "weerbaar-cli-data-"));
    release = installedRelease();
    before = folderState(release);
  });
  afterAll(async () => {
    await rm(data, { recursive: true, force: true });
  });

  const weerbaar = (...args: string[]) => runCommand(join(release, "bin", "weerbaar"), args, { cwd: data });

  it("chats on a new SQLite file: migrations and reference data are in the bundle", async () => {
    const run = await weerbaar(
      "chat",
      "-m",
      "help",
      "-m",
      "hoe staat Leudal ervoor?",
      "--db",
      `sqlite:${join(data, "w.db")}`,
    );
    expect(run.stderr).toBe("");
    expect(run.code).toBe(0);
    expect(run.stdout).toContain("Waarmee kan ik helpen?");
    expect(run.stdout).toContain("gemeente, Limburg");
  });

  it("runs as `weerbaar` from the PATH through a link to bin/weerbaar", async () => {
    const path = join(data, "path");
    await mkdir(path);
    await symlink(join(release, "bin", "weerbaar"), join(path, "weerbaar"));
    const run = await runCommand("weerbaar", ["--help"], {
      cwd: data,
      env: { PATH: `${path}:${process.env.PATH ?? ""}` },
    });
    expect(run.code).toBe(0);
    expect(run.stdout).toContain("Usage: weerbaar");
  });

  it("draws the map as PNG: the boundaries and the font are found in the release", async () => {
    const out = join(data, "map.png");
    const run = await weerbaar(
      "report",
      "--format",
      "png",
      "--chart",
      "map",
      "--out",
      out,
      "--db",
      `sqlite:${join(data, "map.db")}`,
    );
    expect(run.stderr).toBe("");
    expect(run.code).toBe(0);
    const png = await readFile(out);
    expect(png.subarray(1, 4).toString("latin1")).toBe("PNG");
    expect(png.length).toBeGreaterThan(10_000);
  });

  it("uses PostgreSQL with the release's pg driver", async () => {
    const database = await createTestDatabase("release");
    try {
      const run = await weerbaar("chat", "-m", "hoe staat Leudal ervoor?", "--db", database.url);
      expect(run.stderr).toBe("");
      expect(run.code).toBe(0);
      expect(run.stdout).toContain("gemeente, Limburg");
    } finally {
      await database.drop();
    }
  });

  it("wrote nothing into the release", () => {
    expect(folderState(release)).toEqual(before);
  });
});
