import { appointmentsJson, renderAppointmentsIcs } from "@weerbaar/assistant";
import { openStore } from "@weerbaar/store";
import { type Command, Option } from "commander";
import { CliError } from "../cli-error.ts";
import { commandGroup } from "../command-group.ts";
import { globalOptions } from "../global-options.ts";

type ExportOptions = { format: "ics" | "json"; now?: string };

function stampOf(value: string | undefined): Date | undefined {
  if (value === undefined) return undefined;
  const instant = new Date(value);
  if (Number.isNaN(instant.getTime()) || !/^\d{4}-\d{2}-\d{2}T/.test(value)) {
    throw new CliError([
      `weerbaar export appointments: --now must be an ISO-8601 instant such as 2023-10-20T10:00:00Z, not "${value}"`,
    ]);
  }
  return instant;
}

/** Registers `export appointments --format ics|json`: every meeting (cancelled ones included) to stdout. */
export function register(program: Command): void {
  commandGroup(program, "export", "export data to a file")
    .command("appointments")
    .description(
      "export all appointments to stdout: ics (iCalendar, Europe/Amsterdam, one event per meeting with a stable UID) or json (UTC instants)",
    )
    .addOption(new Option("--format <format>", "output format").choices(["ics", "json"]).default("ics"))
    .option("--now <iso>", "the DTSTAMP of the ics events (ISO-8601 instant; default: the current time)")
    .action(async (options: ExportOptions, command: Command) => {
      const stamp = stampOf(options.now);
      const store = await openStore(globalOptions(command).db);
      let content: string;
      try {
        const [appointments, staff, contacts] = await Promise.all([
          store.appointments.list({ includeCancelled: true }),
          store.staff.list(),
          store.contacts.list(),
        ]);
        const directory = { staff, contacts };
        content =
          options.format === "json"
            ? `${JSON.stringify(appointmentsJson(appointments, directory), null, 2)}\n`
            : renderAppointmentsIcs(appointments, directory, stamp ? { stamp } : {});
      } finally {
        await store.close();
      }
      process.stdout.write(content);
    });
}
