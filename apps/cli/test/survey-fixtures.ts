import { allBodies } from "@weerbaar/domain";
import { stringify } from "csv-stringify/sync";

/** One body's survey values as a test file states them. */
export type SurveyFixtureRow = {
  code: string;
  protocol: string;
  usage: string;
  codeOfConduct: string;
  note: string;
};

const protocols = ["unknown", "none", "in_preparation", "present"];
const usages = ["unknown", "active", "dormant"];
const conducts = ["unknown", "yes", "no"];

/** Varied, deterministic statuses for all 354 bodies, including notes with commas, quotes and a line break. */
export function allBodiesSurvey(): SurveyFixtureRow[] {
  return allBodies.map((body, i) => {
    const protocol = protocols[i % 4] ?? "unknown";
    return {
      code: body.code,
      protocol,
      usage: protocol === "present" ? (usages[Math.floor(i / 4) % 3] ?? "unknown") : "unknown",
      codeOfConduct: conducts[i % 3] ?? "unknown",
      note:
        i === 7
          ? "regel 1\nregel 2; met puntkomma"
          : i % 5 === 0
            ? `Notitie ${i}, met "aanhalingstekens" en ligt op de plank`
            : "",
    };
  });
}

/** How many fixture rows differ from a fresh database (all unknown, no note). */
export function changedFromUnknown(rows: readonly SurveyFixtureRow[]): number {
  return rows.filter(
    (r) => r.protocol !== "unknown" || r.usage !== "unknown" || r.codeOfConduct !== "unknown" || r.note,
  ).length;
}

/** The rows as an import CSV with code, protocol, usage, code_of_conduct and note columns. */
export function surveyCsvFile(rows: readonly SurveyFixtureRow[]): string {
  return stringify(
    rows.map((r) => [r.code, r.protocol, r.usage, r.codeOfConduct, r.note]),
    { header: true, columns: ["code", "protocol", "usage", "code_of_conduct", "note"] },
  );
}
