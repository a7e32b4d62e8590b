// Collects the JSON every benchmark wrote to bench/raw/*.json into bench/results.json and prints one table.
// Run by `pnpm bench` after `turbo run bench` (and with --clean before it); each benchmark measures its own baseline in the same run, so the
// ratio column is what to compare between machines, not the absolute numbers.
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { cpus, loadavg } from "node:os";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";

const root = resolve(dirname(fileURLToPath(import.meta.url)), "../..");
const rawDir = join(root, "bench", "raw");
// `--clean` (before the benchmarks run): no stale result from an earlier run can end up in this run's table.
if (process.argv.includes("--clean")) {
  rmSync(rawDir, { recursive: true, force: true });
  process.exit(0);
}
const reports = existsSync(rawDir)
  ? readdirSync(rawDir)
      .filter((file) => file.endsWith(".json"))
      .sort()
      .map((file) => JSON.parse(readFileSync(join(rawDir, file), "utf8")))
  : [];

const number = (value, digits = 2) =>
  typeof value === "number" && Number.isFinite(value) ? value.toFixed(value >= 100 ? 0 : digits) : "";

const rows = [["benchmark", "metric", "value", "p50", "p99", "unit", "baseline", "ratio", "goal", "met"]];
for (const report of reports) {
  if (report.skipped) {
    rows.push([report.name, `skipped: ${report.skipped}`, "", "", "", "", "", "", "", ""]);
    continue;
  }
  for (const r of report.results ?? []) {
    rows.push([
      report.name,
      r.metric,
      number(r.value),
      number(r.p50, 3),
      number(r.p99, 3),
      r.unit ?? "",
      number(r.baseline ?? r.baselineP50, 3),
      r.ratio === undefined ? "" : `×${number(r.ratio)}`,
      r.goal ?? "",
      r.met === undefined ? "" : r.met ? "yes" : "NO",
    ]);
  }
}

const widths = rows[0].map((_, column) =>
  Math.min(90, Math.max(...rows.map((row) => String(row[column]).length))),
);
const line = (row) =>
  row
    .map((cell, column) => String(cell).slice(0, widths[column]).padEnd(widths[column]))
    .join("  ")
    .trimEnd();
console.log(line(rows[0]));
console.log(widths.map((w) => "-".repeat(w)).join("  "));
for (const row of rows.slice(1)) console.log(line(row));

const missed = reports.flatMap((report) =>
  (report.results ?? []).filter((r) => r.met === false).map((r) => `${report.name}: ${r.metric}`),
);
console.log(
  missed.length === 0 ? "\nAll goals met." : `\nGoals missed (${missed.length}):\n  ${missed.join("\n  ")}`,
);

const results = {
  at: new Date().toISOString(),
  machine: { cpus: cpus().length, model: cpus()[0]?.model, loadavg: loadavg(), node: process.version },
  benchmarks: reports,
};
mkdirSync(join(root, "bench"), { recursive: true });
writeFileSync(join(root, "bench", "results.json"), `${JSON.stringify(results, null, 2)}\n`);
console.log(`\nWritten: bench/results.json (${reports.length} benchmarks)`);
