import { appointmentsJson, renderAppointmentsIcs } from "@weerbaar/assistant";
import { openStore } from "@weerbaar/store";
import { type Command, Option } from "commander";
import { commandGroup } from "../command-group.ts";
import { globalOptions } from "../global-options.ts";
import { parseInstantOption } from "../instant-option.ts";

type ExportOptions = { format: "ics" | "json"; now?: string };

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
      const stamp =
        options.now === undefined ? undefined : parseInstantOption(options.now, "export appointments");
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
