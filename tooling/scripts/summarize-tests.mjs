// Adds up the vitest JSON reports of every package into one closing line; fails when no test ran.
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { summarize } from "./test-summary.mjs";

const reports = [];
for (const root of ["packages", "apps", "tooling"]) {
  if (!existsSync(root)) continue;
  for (const name of readdirSync(root)) {
    const file = join(root, name, "reports", "vitest.json");
    if (existsSync(file))
      reports.push({ name: `${root}/${name}`, report: JSON.parse(readFileSync(file, "utf8")) });
  }
}
const summary = summarize(reports);
for (const line of summary.lines) console.log(line);
if (!summary.ok) process.exit(1);
