import { DEMO_ACTOR_ID } from "@weerbaar/domain";
import { type DemoRowCounts, openStore } from "@weerbaar/store";
import type { Command } from "commander";
import { CliError } from "../cli-error.ts";
import { demoClock, hasDemoRows, loadDemo } from "../demo/load-demo.ts";
import { globalOptions, writeContext } from "../global-options.ts";
import { parseInstantOption } from "../instant-option.ts";

const CLEAR = "pnpm --silent weerbaar demo clear";
const LOAD = "pnpm --silent weerbaar demo load";

function rows(counts: DemoRowCounts, lang: "nl" | "en"): string {
  const parts =
    lang === "en"
      ? [
          `${counts.surveyEvents} survey answers`,
          `${counts.contacts} contacts`,
          `${counts.outreachEvents} outreach events`,
          `${counts.appointments} meetings`,
          `${counts.auditEntries} audit entries`,
        ]
      : [
          `${counts.surveyEvents} uitvraagantwoorden`,
          `${counts.contacts} contacten`,
          `${counts.outreachEvents} contactmomenten`,
          `${counts.appointments} afspraken`,
          `${counts.auditEntries} auditregels`,
        ];
  return parts.join(", ");
}

/** Registers `demo load`, `demo clear` and `demo status`: clearly marked demo data for a first run. */
export function register(program: Command): void {
  const demo = program
    .command("demo")
    .description(
      `demo data for a first run, every row marked: author "Demo" (${DEMO_ACTOR_ID}), notes "[DEMO] …", names and places "… (demo)", e-mail @demo.invalid`,
    );

  demo
    .command("load")
    .description(
      "fill the database with demo data: about 120 municipalities and 4 provinces with survey answers, letters and calls, about 30 contacts, 10 meetings in the coming weeks; bodies with real data are left out; refused when demo data is present",
    )
    .option("--now <iso>", "the instant the demo data is dated from (ISO-8601; default: the current time)")
    .action(async (options: { now?: string }, command: Command) => {
      const now = options.now === undefined ? new Date() : parseInstantOption(options.now, "demo load");
      const clock = demoClock(now);
      const store = await openStore(globalOptions(command).db, { now: clock.now });
      try {
        const result = await loadDemo(store, clock, now);
        if (!result.loaded) {
          throw new CliError([
            `demo data is already loaded (${rows(result.present, "en")}); nothing written. Remove it first with: ${CLEAR}`,
            `demodata is al geladen (${rows(result.present, "nl")}); niets geschreven. Verwijder die eerst met: ${CLEAR}`,
          ]);
        }
        const skipped = result.bodiesWithRealData;
        process.stdout.write(
          [
            `demo data loaded: ${rows(result.counts, "en")}${skipped > 0 ? `; ${skipped} bodies with real data left as they are` : ""}.`,
            `demodata geladen: ${rows(result.counts, "nl")}${skipped > 0 ? `; ${skipped} organen met echte gegevens ongemoeid gelaten` : ""}.`,
            `Every demo row is marked "Demo", "[DEMO]" or "(demo)". Remove exactly those rows with: ${CLEAR}`,
            "",
          ].join("\n"),
        );
      } finally {
        await store.close();
      }
    });

  demo
    .command("clear")
    .description(
      "remove exactly the demo rows (and the audit rows of their writes) in one transaction; real data stays; records one audit entry",
    )
    .action(async (_options: unknown, command: Command) => {
      const options = globalOptions(command);
      if (options.user === DEMO_ACTOR_ID) {
        throw new CliError(
          [`weerbaar demo clear: --user ${DEMO_ACTOR_ID} is the demo author; clear as yourself`],
          2,
        );
      }
      const store = await openStore(options.db);
      try {
        const removed = await store.demo.clear(writeContext(options));
        process.stdout.write(
          hasDemoRows(removed)
            ? `demo data removed: ${rows(removed, "en")}.\ndemodata verwijderd: ${rows(removed, "nl")}.\n`
            : "no demo data; nothing removed. / geen demodata; niets verwijderd.\n",
        );
      } finally {
        await store.close();
      }
    });

  demo
    .command("status")
    .description(
      'whether demo data is present, and whether the database has no survey data at all; --json prints {"demo": boolean, "empty": boolean, "counts": {...}}',
    )
    .option("--json", "print one JSON object")
    .action(async (options: { json?: boolean }, command: Command) => {
      const store = await openStore(globalOptions(command).db);
      try {
        const counts = await store.demo.counts();
        const demoPresent = hasDemoRows(counts);
        const empty = (await store.survey.currentByCode()).size === 0;
        if (options.json) {
          process.stdout.write(`${JSON.stringify({ demo: demoPresent, empty, counts })}\n`);
          return;
        }
        const lines = demoPresent
          ? [
              `demo data present: ${rows(counts, "en")}. Remove it with: ${CLEAR}`,
              `demodata aanwezig: ${rows(counts, "nl")}. Verwijder die met: ${CLEAR}`,
            ]
          : empty
            ? [
                `no survey data yet. Load clearly marked demo data with: ${LOAD}`,
                `nog geen uitvraaggegevens. Laad duidelijk gemarkeerde demodata met: ${LOAD}`,
              ]
            : ["no demo data. / geen demodata."];
        process.stdout.write(`${lines.join("\n")}\n`);
      } finally {
        await store.close();
      }
    });
}
