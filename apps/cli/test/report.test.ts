import { existsSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { parse } from "csv-parse/sync";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { runCli } from "./run-cli.ts";

const dir = mkdtempSync(join(tmpdir(), "weerbaar-report-"));
const db = `sqlite:${join(dir, "weerbaar.db")}`;
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const pngSignature = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
/** The width of a PNG, from its IHDR chunk. */
const pngWidth = (png: Buffer) => png.readUInt32BE(16);
const report = (args: string[]) => runCli(["report", "--db", db, ...args]);

beforeAll(async () => {
  const run = await runCli([
    "chat",
    "--db",
    db,
    "--now",
    "2023-10-20T10:00:00Z",
    "-m",
    "Leudal heeft een protocol maar het ligt op de plank",
    "-m",
    "Venlo heeft geen protocol",
  ]);
  expect(run.code).toBe(0);
});

describe("weerbaar report", () => {
  it.each([
    ["the progress chart (default)", []],
    ["the map of Limburg", ["--chart", "map", "--province", "Limburg", "--lang", "en"]],
  ])("writes %s as a PNG 1200 px wide, under 300 KB", async (_name, args) => {
    const out = join(dir, `${args.length}.png`);
    const run = await report(["--format", "png", "--out", out, ...args]);
    expect(run.code).toBe(0);
    expect(run.stdout.trim()).toBe(out);
    const png = readFileSync(out);
    expect(png.subarray(0, 8)).toEqual(pngSignature);
    expect(pngWidth(png)).toBe(1200);
    expect(png.byteLength).toBeLessThan(300 * 1024);
  });

  it("writes the counts per province and status as CSV", async () => {
    const run = await report(["--format", "csv"]);
    expect(run.code).toBe(0);
    const rows = parse(run.stdout, { columns: true }) as Record<string, string>[];
    expect(rows).toHaveLength(12 + 2);
    expect(rows.find((r) => r.name === "Limburg")).toMatchObject({
      group: "province",
      code: "PV31",
      total: "31",
      dormant: "1",
      none: "1",
      unknown: "29",
      active: "0",
    });
    expect(rows.find((r) => r.group === "municipalities")).toMatchObject({ total: "342", unknown: "340" });
    expect(rows.find((r) => r.group === "provinces")).toMatchObject({ total: "12", unknown: "12" });
  });

  it("writes the counts of one province as JSON to a file", async () => {
    const out = join(dir, "limburg.json");
    const run = await report(["--format", "json", "--province", "PV31", "--out", out]);
    expect(run.code).toBe(0);
    const counts = JSON.parse(readFileSync(out, "utf8"));
    expect(counts).toMatchObject({
      provinceCode: "PV31",
      municipalities: { total: 31, byCategory: { dormant: 1, none: 1, unknown: 29 } },
      provinces: { total: 1 },
    });
    expect(counts.byProvince).toHaveLength(1);
  });

  it("refuses an unknown province, in both languages", async () => {
    const run = await report(["--format", "csv", "--province", "Atlantis"]);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/"Atlantis" is not a province \/ is geen provincie/);
  });

  it("refuses a PNG without --out, in both languages", async () => {
    const run = await report(["--format", "png"]);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain("png needs --out FILE / png vereist --out BESTAND");
  });
});

describe("weerbaar chat saves pictures", () => {
  it("writes the map to the attachments folder and prints where", async () => {
    const attachments = join(dir, "attachments");
    const previous = process.env.WEERBAAR_ATTACHMENTS_DIR;
    process.env.WEERBAAR_ATTACHMENTS_DIR = attachments;
    try {
      const run = await runCli([
        "chat",
        "--db",
        db,
        "--now",
        "2023-10-20T10:00:00Z",
        "-m",
        "laat de kaart van Limburg zien",
      ]);
      expect(run.code).toBe(0);
      const path = join(attachments, "20231020T100000Z-kaart-limburg.png");
      expect(run.stdout).toContain(`(afbeelding opgeslagen: ${path})`);
      expect(existsSync(path)).toBe(true);
      expect(readFileSync(path).subarray(0, 8)).toEqual(pngSignature);
    } finally {
      if (previous === undefined) delete process.env.WEERBAAR_ATTACHMENTS_DIR;
      else process.env.WEERBAAR_ATTACHMENTS_DIR = previous;
    }
  });
});
