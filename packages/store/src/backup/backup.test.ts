// A backup restored into an empty database is the source, table by table and row by row; what is not a backup
// of this engine and schema, or a database that is not empty, is refused with a clear message and changes nothing.
import { mkdtempSync, readFileSync, rmSync, truncateSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import Sqlite from "better-sqlite3";
import { Kysely, sql } from "kysely";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { console1, engines, openTestStore, type TestStore } from "../../test/engines.ts";
import { AWKWARD_TEXT, fillEveryTable } from "../../test/every-table.ts";
import { tableRows } from "../../test/table-rows.ts";
import { openPostgresDialect } from "../engine/postgres.ts";
import { openSqliteDialect } from "../engine/sqlite.ts";
import { parseStoreUrl } from "../engine/url.ts";
import { BackupError, openStore, restoreBackup } from "../index.ts";
import { migrateTo, migrationNames } from "../migrations/index.ts";
import { backupDatabase } from "./backup.ts";

const dir = mkdtempSync(join(tmpdir(), "weerbaar-backup-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
let files = 0;
const aFile = (name: string) => join(dir, `${++files}-${name}`);

describe.each(engines)("backup and restore on $name", (engine) => {
  let t: TestStore;
  let backup: string;
  const cleanups: (() => Promise<void>)[] = [];
  /** A new empty database of the engine, dropped after the suite. */
  const emptyDatabase = async () => {
    const db = await engine.create();
    cleanups.push(db.cleanup);
    return db.url;
  };
  beforeAll(async () => {
    t = await openTestStore(engine);
    await fillEveryTable(t.store);
    backup = aFile("weerbaar.backup");
    await t.store.backup(backup);
  });
  afterAll(async () => {
    await t?.cleanup();
    for (const cleanup of cleanups) await cleanup();
  });

  it("restores into an empty database every table row by row as it was", async () => {
    const target = await emptyDatabase();
    const summary = await restoreBackup(target, backup);
    const source = await tableRows(t.url);
    const restored = await tableRows(target);
    expect([...restored.tables.keys()].sort()).toEqual([...source.tables.keys()].sort());
    for (const [table, rows] of source.tables) expect(restored.tables.get(table), table).toEqual(rows);
    expect(restored.migrations).toEqual(migrationNames(engine.name));
    for (const [table, rows] of source.tables) expect(summary.rows[table], table).toBe(rows.length);
    expect(summary.rows.survey_events).toBe(3);
  });

  it("a restored database works as the store: same answers, and new rows get new ids", async () => {
    const target = await emptyDatabase();
    await restoreBackup(target, backup);
    const store = await openStore(target, { now: t.clock.now });
    try {
      expect((await store.survey.current("GM1640")).note).toBe(AWKWARD_TEXT);
      expect(await store.kv.get("matrix.syncToken")).toBe(AWKWARD_TEXT);
      await store.survey.record(
        [{ bodyCode: "GM1640", protocol: "present", usage: "active", codeOfConduct: "yes" }],
        console1,
      );
      await store.outreach.record({ type: "called", bodyCode: "GM1640", reached: true }, console1);
      expect((await store.survey.history("GM1640")).map((e) => e.usage)).toEqual(["dormant", "active"]);
      expect((await store.survey.current("GM1640")).usage).toBe("active");
      expect((await store.audit.list({ entityType: "body", entityId: "GM1640" })).length).toBeGreaterThan(3);
    } finally {
      await store.close();
    }
  });

  it("refuses a database that is not empty, and leaves it as it was", async () => {
    const before = await tableRows(t.url);
    await expect(restoreBackup(t.url, backup)).rejects.toThrow(/is not empty/);
    expect((await tableRows(t.url)).tables).toEqual(before.tables);
  });

  it("refuses what is not a backup: no such file, a directory, a CSV file", async () => {
    const target = await emptyDatabase();
    await expect(restoreBackup(target, join(dir, "missing.backup"))).rejects.toThrow(/no such file/);
    await expect(restoreBackup(target, dir)).rejects.toThrow(/is a directory/);
    const csv = aFile("survey.csv");
    writeFileSync(csv, "code,protocol\nGM1640,none\n");
    await expect(restoreBackup(target, csv)).rejects.toThrow(/not a Weerbaar backup/);
    await expect(restoreBackup(target, csv)).rejects.toBeInstanceOf(BackupError);
  });

  it("refuses to write a backup over an existing file", async () => {
    const before = readFileSync(backup);
    await expect(t.store.backup(backup)).rejects.toThrow(/already exists/);
    expect(readFileSync(backup).equals(before)).toBe(true);
    await expect(t.store.backup(join(dir, "no-such-dir", "x.backup"))).rejects.toThrow(/no such directory/);
  });

  it("refuses a backup made by a newer schema", async () => {
    const newer = aFile("newer.backup");
    if (engine.name === "sqlite") {
      writeFileSync(newer, readFileSync(backup));
      const db = new Sqlite(newer);
      db.prepare(
        "insert into kysely_migration (name, timestamp) values ('9999-from-the-future', '2030')",
      ).run();
      db.close();
    } else {
      const text = readFileSync(backup, "utf8");
      writeFileSync(newer, text.replace('"0006-commit-order"', '"0006-commit-order","9999-from-the-future"'));
    }
    const target = await emptyDatabase();
    await expect(restoreBackup(target, newer)).rejects.toThrow(
      /newer Weerbaar \(schema 9999-from-the-future/,
    );
  });

  it("a damaged or cut-off backup restores nothing", async () => {
    const cut = aFile("cut.backup");
    writeFileSync(cut, readFileSync(backup));
    truncateSync(cut, Math.floor(readFileSync(backup).length * 0.6));
    const target = await emptyDatabase();
    await expect(restoreBackup(target, cut)).rejects.toThrow(
      engine.name === "sqlite" ? /damaged|malformed/ : /cut off/,
    );
    // Still empty: a good backup restores into it afterwards.
    await restoreBackup(target, backup);
    expect((await tableRows(target)).tables.get("survey_events")).toHaveLength(3);
  });

  it("restores a backup of an older schema and brings it up to date", async () => {
    const old = await emptyDatabase();
    const location = parseStoreUrl(old);
    const dialect =
      location.engine === "sqlite"
        ? openSqliteDialect(location.path, location.display)
        : await openPostgresDialect(location.connectionString, location.display);
    const db = new Kysely<unknown>({ dialect });
    try {
      await migrateTo(db, engine.name, "0005-subscription-language");
      await sql`insert into survey_events (body_code, protocol, usage, code_of_conduct, recorded_at, recorded_by)
                values ('GM1640', 'none', 'unknown', 'no', '2023-01-02T03:04:05.000Z', 'anna')`.execute(db);
    } finally {
      await db.destroy();
    }
    const oldBackup = aFile("old.backup");
    const summary = await backupDatabase(location, oldBackup);
    expect(summary.schema).toBe("0005-subscription-language");
    const target = await emptyDatabase();
    await restoreBackup(target, oldBackup);
    const restored = await tableRows(target);
    expect(restored.migrations).toEqual(migrationNames(engine.name));
    const store = await openStore(target);
    try {
      expect((await store.survey.current("GM1640")).protocol).toBe("none");
    } finally {
      await store.close();
    }
  });
});

describe("backups across engines", () => {
  const [sqliteEngine, postgresEngine] = engines;
  it("a backup of one engine is refused by the other with a clear message", async () => {
    if (!sqliteEngine || !postgresEngine) throw new Error("both engines expected");
    const lite = await openTestStore(sqliteEngine);
    const postgres = await openTestStore(postgresEngine);
    const liteTarget = await sqliteEngine.create();
    const postgresTarget = await postgresEngine.create();
    try {
      const liteBackup = aFile("lite.backup");
      const postgresBackup = aFile("postgres.backup");
      await lite.store.backup(liteBackup);
      await postgres.store.backup(postgresBackup);
      await expect(restoreBackup(postgresTarget.url, liteBackup)).rejects.toThrow(
        /is a SQLite backup; restore it into a sqlite:PATH database/,
      );
      await expect(restoreBackup(liteTarget.url, postgresBackup)).rejects.toThrow(
        /is a PostgreSQL backup; restore it into a postgres:\/\/… database/,
      );
    } finally {
      await lite.cleanup();
      await postgres.cleanup();
      await liteTarget.cleanup();
      await postgresTarget.cleanup();
    }
  });

  it("an in-memory database cannot be backed up", async () => {
    const store = await openStore("sqlite::memory:");
    try {
      await expect(store.backup(aFile("memory.backup"))).rejects.toThrow(/in-memory/);
    } finally {
      await store.close();
    }
  });
});

describe("PostgreSQL backups of a schema shared with other tables", () => {
  const postgres = engines.find((e) => e.name === "postgres");
  it("leave out on restore a table the migrations did not make, and say so", async () => {
    if (!postgres) throw new Error("postgres engine expected");
    const t = await openTestStore(postgres);
    const target = await postgres.create();
    try {
      await fillEveryTable(t.store);
      const db = new Kysely<unknown>({
        dialect: await openPostgresDialect(t.url, "source"),
      });
      try {
        await sql`create table someone_elses (id serial primary key, text text)`.execute(db);
        await sql`insert into someone_elses (text) values ('x'), (${AWKWARD_TEXT})`.execute(db);
      } finally {
        await db.destroy();
      }
      const file = aFile("shared.backup");
      expect((await t.store.backup(file)).rows.someone_elses).toBe(2);
      const summary = await restoreBackup(target.url, file);
      expect(summary.skipped).toEqual(["someone_elses"]);
      const [source, restored] = [await tableRows(t.url), await tableRows(target.url)];
      source.tables.delete("someone_elses");
      expect(restored.tables).toEqual(source.tables);
    } finally {
      await t.cleanup();
      await target.cleanup();
    }
  });
});
