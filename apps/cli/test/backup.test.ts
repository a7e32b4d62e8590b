// weerbaar backup / restore on both engines: the restore drill (back up, restore into an empty database, ask how
// Leudal is doing there), and bad input answered with one clear line and a non-zero exit, never a stack trace.
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { bothEngines, type EngineCase } from "@weerbaar/testing/engines";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type CliRun, runCli } from "./run-cli.ts";

const dir = mkdtempSync(join(tmpdir(), "weerbaar-cli-backup-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const [sqliteEngine, postgresEngine] = bothEngines("clibackup") as [EngineCase, EngineCase];

/** A failure told in one line on stderr, with a non-zero exit code. */
function expectOneLineFailure(run: CliRun, message: RegExp): void {
  expect(run.code).not.toBe(0);
  expect(run.stdout).toBe("");
  expect(run.stderr.trim().split("\n")).toHaveLength(1);
  expect(run.stderr).toMatch(message);
  expect(run.stderr).not.toMatch(/\n\s+at |Error:/);
}

describe.each([sqliteEngine, postgresEngine])("weerbaar backup and restore on $name", (engine) => {
  const databases: { url: string; cleanup(): Promise<void> }[] = [];
  const aDatabase = async () => {
    const db = await engine.create();
    databases.push(db);
    return db.url;
  };
  let source: string;
  let backup: string;
  beforeAll(async () => {
    source = await aDatabase();
    const csv = join(dir, `${engine.name}-survey.csv`);
    writeFileSync(csv, "code,protocol\nGM1640,none\nGM0014,present\n");
    expect((await runCli(["--db", source, "import", "survey", csv])).code).toBe(0);
    const said = await runCli([
      "--db",
      source,
      "chat",
      "-m",
      "Leudal heeft een protocol maar het ligt op de plank",
    ]);
    expect(said.code).toBe(0);
    backup = join(dir, `${engine.name}-weerbaar.backup`);
  }, 60_000);
  afterAll(async () => {
    for (const db of databases) await db.cleanup();
  });

  it("backs up, restores into an empty database, and the restored one answers as the source did", async () => {
    const made = await runCli(["--db", source, "backup", "--out", backup]);
    expect(made.stderr).toBe("");
    expect(made.code).toBe(0);
    expect(made.stdout).toMatch(
      /backup written \/ back-up gemaakt \(schema \d{4}-[a-z-]+, \d+ rows in \d+ tables\)\n$/,
    );

    const target = await aDatabase();
    const restored = await runCli(["--db", target, "restore", backup]);
    expect(restored.stderr).toBe("");
    expect(restored.code).toBe(0);
    expect(restored.stdout).toMatch(/restored \/ hersteld/);

    const drill = await runCli(["--db", target, "chat", "--json", "-m", "hoe staat Leudal ervoor?"]);
    expect(drill.code).toBe(0);
    expect(JSON.parse(drill.stdout.trim()).data).toMatchObject({ protocol: "present", usage: "dormant" });
    const [before, after] = await Promise.all([
      runCli(["--db", source, "export", "survey"]),
      runCli(["--db", target, "export", "survey"]),
    ]);
    expect(after.stdout).toBe(before.stdout);
  }, 60_000);

  it("refuses bad input with one line and a non-zero exit: existing file, no file, no backup, not empty", async () => {
    expectOneLineFailure(
      await runCli(["--db", source, "backup", "--out", backup]),
      /^weerbaar backup: .*already exists; choose a new name/,
    );
    const target = await aDatabase();
    expectOneLineFailure(
      await runCli(["--db", target, "restore", join(dir, "no-such.backup")]),
      /^weerbaar restore: .*no-such\.backup: no such file/,
    );
    const csv = join(dir, `${engine.name}-not-a-backup.csv`);
    writeFileSync(csv, "code,protocol\n");
    expectOneLineFailure(
      await runCli(["--db", target, "restore", csv]),
      /^weerbaar restore: .*not a Weerbaar backup/,
    );
    expectOneLineFailure(
      await runCli(["--db", source, "restore", backup]),
      /^weerbaar restore: .* is not empty/,
    );
    const missingOut = await runCli(["--db", source, "backup"]);
    expect(missingOut.code).not.toBe(0);
    expect(missingOut.stderr).toMatch(/--out/);
  }, 60_000);
});

describe("weerbaar restore of the other engine's backup", () => {
  it("a SQLite backup into PostgreSQL is refused with one line", async () => {
    const lite = await sqliteEngine.create();
    const postgres = await postgresEngine.create();
    try {
      const csv = join(dir, "cross.csv");
      writeFileSync(csv, "code,protocol\nGM1640,none\n");
      expect((await runCli(["--db", lite.url, "import", "survey", csv])).code).toBe(0);
      const backup = join(dir, "cross.backup");
      expect((await runCli(["--db", lite.url, "backup", "--out", backup])).code).toBe(0);
      expectOneLineFailure(
        await runCli(["--db", postgres.url, "restore", backup]),
        /^weerbaar restore: .*is a SQLite backup; restore it into a sqlite:PATH database/,
      );
    } finally {
      await lite.cleanup();
      await postgres.cleanup();
    }
  }, 60_000);
});
