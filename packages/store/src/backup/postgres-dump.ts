import { once } from "node:events";
import { createWriteStream, linkSync, rmSync } from "node:fs";
import { finished } from "node:stream/promises";
import pg from "pg";
import { BackupError } from "../errors.ts";
import { assertNewFile, type BackupSummary, POSTGRES_BACKUP_MAGIC, partialName } from "./backup-file.ts";
import { encodeCopyRow } from "./copy-text.ts";
import { quoteIdent, type RunQuery, serialSequences, tablesInLoadOrder } from "./postgres-catalog.ts";

/** The header of a PostgreSQL backup, the JSON on its second line. */
export type PostgresBackupHeader = {
  format: 1;
  engine: "postgres";
  /** The migrations applied in the backed-up database: its schema version. */
  schema: string[];
  /** When the snapshot was taken (the server's clock). */
  takenAt: string;
};

/** The last line's prefix; its JSON gives the rows per table, so a cut-off file is recognised. */
export const POSTGRES_BACKUP_END = "-- end of backup ";

const FETCH_ROWS = 2_000;

/** Session settings that make every value's text form exact and the same on every server. */
const SESSION =
  "-c TimeZone=UTC -c DateStyle=ISO,YMD -c IntervalStyle=postgres -c extra_float_digits=3 -c jit=off";

/**
 * Writes a backup of the PostgreSQL database to `out`, in-process, so no pg_dump of the server's version is
 * needed. One REPEATABLE READ READ ONLY transaction is one snapshot: every table as of the same instant, no
 * transaction half in it, while the bots keep writing. The schema is not copied: a restore makes it with the
 * migrations the header names, then loads the rows (COPY text, one line per row) and sets the sequences.
 */
export async function backupPostgres(
  connectionString: string,
  display: string,
  out: string,
): Promise<BackupSummary> {
  assertNewFile(out);
  const client = new pg.Client({ connectionString, options: SESSION });
  client.on("error", () => {});
  try {
    await client.connect();
  } catch (error) {
    throw new BackupError(`${display}: cannot connect for a backup (${(error as Error).message})`);
  }
  const query: RunQuery = async (text, parameters) =>
    (await client.query(text, parameters as unknown[] | undefined)).rows;
  const partial = partialName(out);
  const output = createWriteStream(partial, { flags: "wx" });
  let failure: Error | undefined;
  output.on("error", (error) => {
    failure = error;
  });
  const write = async (text: string) => {
    if (failure) throw failure;
    if (!output.write(text)) await once(output, "drain");
  };
  try {
    await query("begin isolation level repeatable read read only");
    const bookkeeping = await query<{ found: boolean }>(
      "select to_regclass('kysely_migration') is not null as found",
    );
    if (!bookkeeping[0]?.found)
      throw new BackupError(`${display}: not a Weerbaar database (no schema version)`);
    const schema = (await query<{ name: string }>("select name from kysely_migration order by name")).map(
      (r) => r.name,
    );
    const takenAt = (await query<{ at: Date }>("select now() as at"))[0]?.at ?? new Date();
    const header: PostgresBackupHeader = {
      format: 1,
      engine: "postgres",
      schema,
      takenAt: takenAt.toISOString(),
    };
    await write(`${POSTGRES_BACKUP_MAGIC}\n-- ${JSON.stringify(header)}\n`);
    await write("-- The schema is made by the migrations above; what follows is the data (COPY text).\n\n");
    const rows: Record<string, number> = {};
    for (const table of await tablesInLoadOrder(query)) {
      const columns = table.columns.map(quoteIdent);
      await write(`COPY ${quoteIdent(table.name)} (${columns.join(", ")}) FROM stdin;\n`);
      const order =
        table.primaryKey.length > 0
          ? ` order by ${table.primaryKey.map((c) => `t.${quoteIdent(c)}`).join(", ")}`
          : "";
      await query(
        `declare backup_rows no scroll cursor for select ${columns.map((c) => `t.${c}::text`).join(", ")} from ${quoteIdent(table.name)} t${order}`,
      );
      let count = 0;
      for (;;) {
        const batch = await client.query<(string | null)[]>({
          text: `fetch ${FETCH_ROWS} from backup_rows`,
          rowMode: "array",
        });
        if (batch.rows.length === 0) break;
        count += batch.rows.length;
        await write(`${batch.rows.map((row) => encodeCopyRow(row)).join("\n")}\n`);
      }
      await query("close backup_rows");
      await write("\\.\n\n");
      rows[table.name] = count;
    }
    for (const { sequence } of await serialSequences(query)) {
      const [state] = await query<{ value: string; called: boolean }>(
        `select last_value::text as value, is_called as called from ${quoteIdent(sequence)}`,
      );
      if (!state) continue;
      await write(`SELECT pg_catalog.setval('${sequence}', ${state.value}, ${state.called});\n`);
    }
    await write(`\n${POSTGRES_BACKUP_END}${JSON.stringify({ rows })}\n`);
    await query("commit");
    output.end();
    await finished(output);
    linkSync(partial, out); // fails rather than replace a file made meanwhile
    return { file: out, engine: "postgres", schema: schema.at(-1) ?? "", rows };
  } catch (error) {
    if (error instanceof BackupError) throw error;
    throw new BackupError(`${out}: the backup failed (${(error as Error).message})`);
  } finally {
    output.destroy();
    await client.end().catch(() => {});
    rmSync(partial, { force: true });
  }
}
