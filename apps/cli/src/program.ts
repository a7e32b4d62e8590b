import { DEFAULT_STORE_URL } from "@weerbaar/store";
import { Command, Option } from "commander";
import { register as registerAppointments } from "./commands/appointments.ts";
import { register as registerBackup } from "./commands/backup.ts";
import { register as registerChat } from "./commands/chat.ts";
import { register as registerDemo } from "./commands/demo.ts";
import { register as registerReminders } from "./commands/reminders.ts";
import { register as registerReport } from "./commands/report.ts";
import { register as registerSurvey } from "./commands/survey.ts";

/** Each command group's `register`; a new group adds one line here. */
const commandGroups: ((program: Command) => void)[] = [
  registerChat,
  registerSurvey,
  registerAppointments,
  registerReport,
  registerReminders,
  registerBackup,
  registerDemo,
];

/** The `weerbaar` command with its global options and every command group registered. */
export function createProgram(): Command {
  const program = new Command("weerbaar")
    .description("Weerbaar Bestuur: survey, outreach and appointments from the command line.")
    .addOption(
      new Option("--db <url>", "database URL (sqlite:PATH, sqlite::memory:, postgres://…)")
        .env("DATABASE_URL")
        .default(DEFAULT_STORE_URL),
    )
    .addOption(
      new Option("--user <id>", "who is making the changes (recorded in the audit log)").default("console"),
    )
    .showHelpAfterError()
    .configureOutput({ outputError: (text, write) => write(text) });
  for (const register of commandGroups) register(program);
  return program;
}
