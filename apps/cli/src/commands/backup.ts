import { BackupError, type BackupSummary, backupStore, restoreBackup } from "@weerbaar/store";
import type { Command } from "commander";
import { CliError } from "../cli-error.ts";
import { globalOptions } from "../global-options.ts";

/** "1 234 rows in 19 tables" of a backup. */
function contents(summary: BackupSummary): string {
  const tables = Object.values(summary.rows);
  const rows = tables.reduce((sum, n) => sum + n, 0);
  return `schema ${summary.schema}, ${rows} rows in ${tables.length} tables`;
}

/** Runs a store backup or restore, a BackupError becoming its one-line message. */
async function explained<T>(command: string, run: () => Promise<T>): Promise<T> {
  try {
    return await run();
  } catch (error) {
    if (error instanceof BackupError) throw new CliError([`weerbaar ${command}: ${error.message}`]);
    throw error;
  }
}

/** Registers `backup --out FILE` and `restore FILE`, both on the database of --db. */
export function register(program: Command): void {
  program
    .command("backup")
    .description(
      "write a consistent backup of the database (--db) to a new file while the bots keep running: a SQLite copy, or a PostgreSQL dump made in-process (no pg_dump needed)",
    )
    .requiredOption("--out <file>", "the backup file to write; it must not exist yet")
    .action(async (options: { out: string }, command: Command) => {
      const { db } = globalOptions(command);
      const summary = await explained("backup", () => backupStore(db, options.out));
      process.stdout.write(`${summary.file}: backup written / back-up gemaakt (${contents(summary)})\n`);
    });

  program
    .command("restore")
    .description(
      "restore a backup into the database of --db, which must be new and empty (a SQLite path with no file yet, or an empty PostgreSQL database); all or nothing",
    )
    .argument("<file>", "a backup written by weerbaar backup")
    .action(async (file: string, _options: unknown, command: Command) => {
      const { db } = globalOptions(command);
      const summary = await explained("restore", () => restoreBackup(db, file));
      process.stdout.write(`${file}: restored / hersteld (${contents(summary)})\n`);
      if (summary.skipped) {
        process.stdout.write(
          `left out, not tables of Weerbaar / overgeslagen: ${summary.skipped.join(", ")}\n`,
        );
      }
    });
}
