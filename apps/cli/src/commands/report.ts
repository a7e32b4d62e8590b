import { writeFile } from "node:fs/promises";
import { countSurvey, renderProgressChart, renderStatusMap } from "@weerbaar/charts";
import { findBodyByCode, Language, type Province, provinces, resolveBody } from "@weerbaar/domain";
import { openStore } from "@weerbaar/store";
import { type Command, Option } from "commander";
import { CliError } from "../cli-error.ts";
import { globalOptions } from "../global-options.ts";
import { countRows, countsCsv } from "../report/count-rows.ts";

type ReportOptions = {
  format: "png" | "csv" | "json";
  out?: string;
  chart: "progress" | "map";
  province?: string;
  lang: Language;
};

/** A province by CBS code ("PV31"), name or alias ("Limburg", "Friesland"); a CliError otherwise. */
function provinceNamed(text: string): Province {
  const byCode = findBodyByCode(text.trim().toUpperCase());
  if (byCode?.kind === "province") return byCode;
  const resolution = resolveBody(text, { kind: "province" });
  if (resolution.status === "found" && resolution.body.kind === "province") return resolution.body;
  throw new CliError(
    [
      `weerbaar report: "${text}" is not a province / is geen provincie: ${provinces.map((p) => p.name).join(", ")}`,
    ],
    2,
  );
}

/** Registers `report`: the survey as a picture (PNG) or as counts per province and status (CSV, JSON). */
export function register(program: Command): void {
  program
    .command("report")
    .description(
      "the survey as a picture (png: progress chart or map) or as counts per province and status (csv, json)",
    )
    .addOption(new Option("--format <format>", "file format").choices(["png", "csv", "json"]).default("png"))
    .option("--out <file>", "write to this file instead of stdout (required for png)")
    .addOption(
      new Option("--chart <chart>", "which picture (png)").choices(["progress", "map"]).default("progress"),
    )
    .option("--province <name>", "only this province (name or CBS code, e.g. Limburg or PV31)")
    .addOption(
      new Option("--lang <lang>", "language of the picture's text").choices(Language.options).default("nl"),
    )
    .action(async (options: ReportOptions, command: Command) => {
      if (options.format === "png" && !options.out) {
        throw new CliError(["weerbaar report: png needs --out FILE / png vereist --out BESTAND"], 2);
      }
      const province = options.province === undefined ? undefined : provinceNamed(options.province);
      const store = await openStore(globalOptions(command).db);
      let statuses: Awaited<ReturnType<typeof store.survey.allCurrent>>;
      try {
        statuses = await store.survey.allCurrent();
      } finally {
        await store.close();
      }
      const input = { statuses, lang: options.lang, ...(province ? { provinceCode: province.code } : {}) };
      const counts = countSurvey(statuses, { provinceCode: province?.code });
      const scopeName = province?.name ?? (options.lang === "nl" ? "Nederland" : "The Netherlands");
      const content =
        options.format === "png"
          ? (options.chart === "map" ? await renderStatusMap(input) : await renderProgressChart(input)).png
          : options.format === "json"
            ? `${JSON.stringify({ provinceCode: province?.code ?? null, ...counts }, null, 2)}\n`
            : countsCsv(countRows(counts, scopeName));
      if (options.out) {
        await writeFile(options.out, content);
        process.stdout.write(`${options.out}\n`);
      } else process.stdout.write(content);
    });
}
