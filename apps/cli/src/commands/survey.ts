import { writeFile } from "node:fs/promises";
import { basename } from "node:path";
import type { SurveyStatus } from "@weerbaar/domain";
import { openStore } from "@weerbaar/store";
import { type Command, Option } from "commander";
import { CliError } from "../cli-error.ts";
import { commandGroup } from "../command-group.ts";
import { globalOptions, writeContext } from "../global-options.ts";
import { surveyJson, surveyRecords } from "../survey/export-rows.ts";
import { planSurveyImport } from "../survey/import-plan.ts";
import { readSheet } from "../survey/sheet.ts";
import { surveyCsv, surveyXlsx } from "../survey/write-sheet.ts";

/** Registers `import survey FILE` and `export survey`. */
export function register(program: Command): void {
  commandGroup(program, "import", "import data from a file")
    .command("survey")
    .description(
      "import survey statuses from CSV or XLSX: all rows or none; one event per changed body. Columns: code or name, protocol (required), usage, code_of_conduct, note (a present column is the whole truth; an absent one keeps the current value)",
    )
    .argument("<file>", "a .csv or .xlsx file")
    .action(async (file: string, _options: unknown, command: Command) => {
      const options = globalOptions(command);
      const sheet = await readSheet(file);
      const store = await openStore(options.db);
      try {
        const plan = await store.transaction(async (tx) => {
          const current = new Map<string, SurveyStatus>(
            (await tx.survey.allCurrent()).map((s) => [s.bodyCode, s]),
          );
          const planned = planSurveyImport(sheet, current, `import ${basename(file)}`.slice(0, 200));
          if (planned.problems.length === 0) await tx.survey.record(planned.changes, writeContext(options));
          return planned;
        });
        if (plan.problems.length > 0) {
          throw new CliError([
            `${file}: ${plan.problems.length} bad row(s), nothing imported / niets geïmporteerd:`,
            ...plan.problems.map((p) => `${file}:${p.line}: ${p.message}`),
          ]);
        }
        process.stdout.write(
          `${plan.changes.length} bodies changed, ${plan.unchanged} unchanged / ${plan.changes.length} organen gewijzigd, ${plan.unchanged} ongewijzigd\n`,
        );
      } finally {
        await store.close();
      }
    });

  commandGroup(program, "export", "export data to a file")
    .command("survey")
    .description("export the current survey status of all 354 bodies")
    .addOption(new Option("--format <format>", "file format").choices(["csv", "json", "xlsx"]).default("csv"))
    .option("--out <file>", "write to this file instead of stdout (required for xlsx)")
    .action(async (opts: { format: "csv" | "json" | "xlsx"; out?: string }, command: Command) => {
      if (opts.format === "xlsx" && !opts.out) {
        throw new CliError(["xlsx export needs --out FILE / xlsx-export vereist --out BESTAND"]);
      }
      const store = await openStore(globalOptions(command).db);
      let rows: ReturnType<typeof surveyJson>;
      try {
        rows = surveyJson(await store.survey.allCurrent());
      } finally {
        await store.close();
      }
      const content =
        opts.format === "json"
          ? `${JSON.stringify(rows, null, 2)}\n`
          : opts.format === "csv"
            ? surveyCsv(surveyRecords(rows))
            : await surveyXlsx(surveyRecords(rows));
      if (opts.out) await writeFile(opts.out, content);
      else process.stdout.write(content);
    });
}
