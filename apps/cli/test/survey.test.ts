import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { createTestDatabase } from "@weerbaar/testing/postgres";
import { parse } from "csv-parse/sync";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { runCli } from "./run-cli.ts";
import {
  allBodiesSurvey,
  changedFromUnknown,
  type SurveyFixtureRow,
  surveyCsvFile,
} from "./survey-fixtures.ts";

const dir = mkdtempSync(join(tmpdir(), "weerbaar-cli-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
let fileCount = 0;
function tempFile(name: string, content?: string): string {
  const path = join(dir, `${++fileCount}-${name}`);
  if (content !== undefined) writeFileSync(path, content);
  return path;
}
function sqliteUrl(): string {
  return `sqlite:${tempFile("weerbaar.db")}`;
}

type ExportedRow = Record<string, string>;
function parseCsv(text: string): ExportedRow[] {
  return parse(text, { columns: true }) as ExportedRow[];
}
function surveyValues(rows: readonly ExportedRow[]): SurveyFixtureRow[] {
  return rows.map((r) => ({
    code: r.code ?? "",
    protocol: r.protocol ?? "",
    usage: r.usage ?? "",
    codeOfConduct: r.code_of_conduct ?? "",
    note: r.note ?? "",
  }));
}

const engines = [
  { name: "sqlite", create: async () => ({ url: sqliteUrl(), drop: async () => {} }) },
  { name: "postgres", create: () => createTestDatabase("cli") },
];

describe.each(engines)("survey import/export round trip on $name", (engine) => {
  let db: { url: string; drop(): Promise<void> };
  beforeAll(async () => {
    db = await engine.create();
  });
  afterAll(async () => db?.drop());

  it("imports CSV, exports CSV/JSON/XLSX, and re-imports each without a change", async () => {
    const fixture = allBodiesSurvey();
    const imported = await runCli([
      "--db",
      db.url,
      "--user",
      "anna",
      "import",
      "survey",
      tempFile("in.csv", surveyCsvFile(fixture)),
    ]);
    expect(imported.stderr).toBe("");
    expect(imported.code).toBe(0);
    expect(imported.stdout).toContain(`${changedFromUnknown(fixture)} bodies changed`);

    const csv = await runCli(["--db", db.url, "export", "survey"]);
    expect(csv.code).toBe(0);
    expect(csv.stdout.split("\n")[0]).toBe(
      "code,name,kind,province,protocol,usage,code_of_conduct,updated_at,updated_by,note",
    );
    const exported = parseCsv(csv.stdout);
    expect(exported).toHaveLength(354);
    expect(surveyValues(exported)).toEqual(fixture);
    const changedRow = exported.find((r) => r.protocol !== "unknown");
    expect(changedRow?.updated_by).toBe("anna");
    expect(changedRow?.updated_at).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$/);

    const again = await runCli([
      "--db",
      db.url,
      "--user",
      "bram",
      "import",
      "survey",
      tempFile("out.csv", csv.stdout),
    ]);
    expect(again.stdout).toContain("0 bodies changed, 354 unchanged");
    expect((await runCli(["--db", db.url, "export", "survey"])).stdout).toBe(csv.stdout);

    const json = await runCli(["--db", db.url, "export", "survey", "--format", "json"]);
    const objects = JSON.parse(json.stdout) as Record<string, unknown>[];
    expect(objects).toHaveLength(354);
    expect(Object.keys(objects[0] ?? {})).toEqual([
      "code",
      "name",
      "kind",
      "province",
      "protocol",
      "usage",
      "codeOfConduct",
      "updatedAt",
      "updatedBy",
      "note",
    ]);
    expect(
      objects.map((o) => ({
        code: o.code,
        protocol: o.protocol,
        usage: o.usage,
        codeOfConduct: o.codeOfConduct,
        note: o.note ?? "",
      })),
    ).toEqual(fixture);
    expect(objects.map((o) => [o.name, o.kind, o.province, o.updatedAt ?? "", o.updatedBy ?? ""])).toEqual(
      exported.map((r) => [r.name, r.kind, r.province, r.updated_at, r.updated_by]),
    );

    const xlsx = tempFile("out.xlsx");
    const written = await runCli(["--db", db.url, "export", "survey", "--format", "xlsx", "--out", xlsx]);
    expect(written.code).toBe(0);
    expect(readFileSync(xlsx).subarray(0, 2).toString()).toBe("PK");
    const xlsxAgain = await runCli(["--db", db.url, "import", "survey", xlsx]);
    expect(xlsxAgain.stdout).toContain("0 bodies changed, 354 unchanged");

    const fresh = sqliteUrl();
    const intoFresh = await runCli(["--db", fresh, "import", "survey", xlsx]);
    expect(intoFresh.stdout).toContain(`${changedFromUnknown(fixture)} bodies changed`);
    expect(surveyValues(parseCsv((await runCli(["--db", fresh, "export", "survey"])).stdout))).toEqual(
      fixture,
    );
  }, 120_000);
});

describe("survey import checks", () => {
  it("a bad file reports every bad row with its line number and changes nothing", async () => {
    const db = sqliteUrl();
    const file = tempFile(
      "bad.csv",
      [
        "code,name,protocol,usage,code_of_conduct,note",
        "GM1640,,present,dormant,yes,ligt op de plank", // 2: good
        "GM9999,,none,,,", // 3: unknown code
        ",Nergenshuizen,none,,,", // 4: unknown name
        "GM0014,,maybe,,,", // 5: unknown protocol value
        "GM0034,,none,active,,", // 6: usage without protocol present
        "GM1640,,none,,,", // 7: duplicate body
        ",Leudal,present,active,perhaps,", // 8: duplicate by name + unknown code_of_conduct
        '"GM0037",,present,active,yes,"meerdere', // 9-10: good, note over two lines
        'regels"',
        ",,none,,,", // 11: no code or name
      ].join("\n"),
    );
    const result = await runCli(["--db", db, "import", "survey", file]);
    expect(result.code).toBe(1);
    expect(result.stdout).toBe("");
    const lines = result.stderr.trim().split("\n");
    expect(lines[0]).toContain("7 bad row(s)");
    const reported = lines.slice(1).map((l) => Number(l.slice(file.length + 1).split(":")[0]));
    expect(reported).toEqual([3, 4, 5, 6, 7, 8, 11]);
    expect(result.stderr).toContain("GM9999");
    expect(result.stderr).toContain('unknown protocol "maybe"');
    expect(result.stderr).toContain("duplicate body GM1640 Leudal (also on line 2)");
    expect(result.stderr).toContain('unknown code_of_conduct "perhaps"');
    expect(result.stderr).toMatch(/:6: usage "active" given but protocol is "none"/);

    const exported = parseCsv((await runCli(["--db", db, "export", "survey"])).stdout);
    expect(exported.filter((r) => r.protocol !== "unknown" || r.updated_at !== "")).toEqual([]);
  }, 60_000);

  it("imports by name with only the required columns; absent columns keep their values", async () => {
    const db = sqliteUrl();
    await runCli([
      "--db",
      db,
      "import",
      "survey",
      tempFile(
        "first.csv",
        "code,protocol,usage,code_of_conduct,note\nGM1640,present,dormant,yes,op de plank\n",
      ),
    ]);
    const byName = await runCli([
      "--db",
      db,
      "import",
      "survey",
      tempFile("names.csv", "name;protocol\nLeudal;present\nAmeland;none\nLimburg;in_preparation\n"),
    ]);
    expect(byName.stderr).toBe("");
    expect(byName.stdout).toContain("2 bodies changed, 1 unchanged");
    const rows = parseCsv((await runCli(["--db", db, "export", "survey"])).stdout);
    expect(rows.find((r) => r.code === "GM1640")).toMatchObject({
      usage: "dormant",
      code_of_conduct: "yes",
      note: "op de plank",
    });
    expect(rows.find((r) => r.code === "PV31")).toMatchObject({
      protocol: "in_preparation",
      updated_by: "console",
    });
  }, 60_000);

  it("a header-only file changes nothing; a file without a protocol column is refused", async () => {
    const db = sqliteUrl();
    const empty = await runCli(["--db", db, "import", "survey", tempFile("header.csv", "code,protocol\n")]);
    expect(empty.code).toBe(0);
    expect(empty.stdout).toContain("0 bodies changed, 0 unchanged");
    const noProtocol = await runCli([
      "--db",
      db,
      "import",
      "survey",
      tempFile("noprotocol.csv", "code,usage\nGM1640,active\n"),
    ]);
    expect(noProtocol.code).toBe(1);
    expect(noProtocol.stderr).toContain(':1: a "protocol" column is required');
  }, 60_000);

  it("an ambiguous name is a bad row unless a kind column settles it", async () => {
    const db = sqliteUrl();
    const ambiguous = await runCli([
      "--db",
      db,
      "import",
      "survey",
      tempFile("amb.csv", "name,protocol\nGroningen,none\n"),
    ]);
    expect(ambiguous.code).toBe(1);
    expect(ambiguous.stderr).toMatch(/:2: ambiguous body "Groningen"/);
    const settled = await runCli([
      "--db",
      db,
      "import",
      "survey",
      tempFile("kind.csv", "name,kind,protocol\nGroningen,province,none\n"),
    ]);
    expect(settled.stdout).toContain("1 bodies changed");
    const rows = parseCsv((await runCli(["--db", db, "export", "survey"])).stdout);
    expect(rows.find((r) => r.code === "PV20")?.protocol).toBe("none");
    expect(rows.find((r) => r.code === "GM0014")?.protocol).toBe("unknown");
  }, 60_000);
});

describe("cli errors", () => {
  it("an unknown --db scheme gives a one-line error and a non-zero exit", async () => {
    const result = await runCli(["--db", "mysql://root:geheim@localhost/weerbaar", "export", "survey"]);
    expect(result.code).not.toBe(0);
    expect(result.stdout).toBe("");
    expect(result.stderr.trim().split("\n")).toHaveLength(1);
    expect(result.stderr).toContain("unsupported URL scheme");
    expect(result.stderr).not.toContain("geheim");
  });

  it("xlsx export without --out and an unsupported file type are refused", async () => {
    const db = sqliteUrl();
    const xlsx = await runCli(["--db", db, "export", "survey", "--format", "xlsx"]);
    expect(xlsx.code).toBe(1);
    expect(xlsx.stderr).toContain("--out");
    const txt = await runCli(["--db", db, "import", "survey", tempFile("x.txt", "code,protocol\n")]);
    expect(txt.code).toBe(1);
    expect(txt.stderr).toContain("unsupported file type");
  });
});
