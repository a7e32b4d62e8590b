import { createReadStream } from "node:fs";
import { createInterface } from "node:readline";
import { CompiledQuery, Kysely, sql } from "kysely";
import { z } from "zod";
import { openPostgresDialect } from "../engine/postgres.ts";
import { BackupError, StoreConnectionError } from "../errors.ts";
import { migrateTo, migrateToLatest } from "../migrations/index.ts";
import { type BackupSummary, checkSchema, POSTGRES_BACKUP_MAGIC, tailOf } from "./backup-file.ts";
import { decodeCopyRow } from "./copy-text.ts";
import {
  type CatalogTable,
  quoteIdent,
  type RunQuery,
  serialSequences,
  tablesInLoadOrder,
} from "./postgres-catalog.ts";
import { POSTGRES_BACKUP_END } from "./postgres-dump.ts";

const Header = z.object({ format: z.literal(1), engine: z.literal("postgres"), schema: z.array(z.string()) });
const Trailer = z.object({ rows: z.record(z.string(), z.number().int().nonnegative()) });

/** Rows per INSERT: few round trips, and far below PostgreSQL's 65 535 bound parameters. */
const INSERT_PARAMETERS = 20_000;
/** Serializes restores into one database (the store's advisory-lock class, see engine/commit-order.ts). */
const RESTORE_LOCK = sql`select pg_advisory_xact_lock(${sql.lit(0x57_42_73_74)}, ${sql.lit(100)})`;

const copyLine = /^COPY "((?:[^"]|"")+)" \((.*)\) FROM stdin;$/;
const setvalLine = /^SELECT pg_catalog\.setval\('([a-z0-9_]+)', (\d+), (true|false)\);$/;

function columnList(text: string): string[] {
  return [...text.matchAll(/"((?:[^"]|"")+)"/g)].map((m) => (m[1] ?? "").replace(/""/g, '"'));
}

/** The rows of one table being loaded, inserted in batches. */
class TableLoad {
  readonly #run: RunQuery;
  readonly #insert: string;
  readonly #width: number;
  #pending: (string | null)[][] = [];
  count = 0;
  constructor(run: RunQuery, table: CatalogTable, columns: string[]) {
    this.#run = run;
    this.#width = columns.length;
    this.#insert = `insert into ${quoteIdent(table.name)} (${columns.map(quoteIdent).join(", ")}) values `;
  }
  async add(values: (string | null)[]): Promise<void> {
    this.#pending.push(values);
    this.count++;
    if (this.#pending.length * this.#width >= INSERT_PARAMETERS) await this.flush();
  }
  async flush(): Promise<void> {
    if (this.#pending.length === 0) return;
    const rows = this.#pending;
    this.#pending = [];
    let n = 0;
    const tuples = rows.map(() => `(${Array.from({ length: this.#width }, () => `$${++n}`).join(", ")})`);
    await this.#run(this.#insert + tuples.join(", "), rows.flat());
  }
}

/**
 * Restores a PostgreSQL backup into the database, which must have no tables yet. One transaction: the schema
 * from the migrations up to the backup's version, the rows, the sequences, then this version's later migrations.
 * The file is read as data and bound as parameters; tables and columns must be those of the schema it names.
 */
export async function restorePostgres(
  connectionString: string,
  display: string,
  file: string,
): Promise<BackupSummary> {
  const lines = createInterface({ input: createReadStream(file, { encoding: "utf8" }), crlfDelay: Infinity });
  const iterator = lines[Symbol.asyncIterator]();
  let lineNo = 0;
  const next = async (): Promise<string | undefined> => {
    const { value, done } = await iterator.next();
    if (done) return undefined;
    lineNo++;
    return value;
  };
  const fail = (message: string): never => {
    throw new BackupError(`${file}:${lineNo}: ${message}`);
  };
  try {
    // A cut-off file is told apart before anything is written: the end line is the last line.
    const lastLine =
      tailOf(file, 64 * 1024)
        .split("\n")
        .at(-2) ?? "";
    if (!lastLine.startsWith(POSTGRES_BACKUP_END)) {
      throw new BackupError(`${file}: the backup has no end line: cut off / afgebroken`);
    }
    if ((await next()) !== POSTGRES_BACKUP_MAGIC) fail("not a Weerbaar backup / geen Weerbaar-back-up");
    const headerLine = (await next()) ?? "";
    let header: z.infer<typeof Header> | undefined;
    try {
      header = Header.parse(JSON.parse(headerLine.replace(/^-- /, "")));
    } catch {
      fail("the backup's header is damaged / kop beschadigd");
    }
    const base = checkSchema(file, "postgres", header?.schema ?? []);
    const db = new Kysely<unknown>({ dialect: await openPostgresDialect(connectionString, display) });
    try {
      return await db.transaction().execute(async (trx) => {
        const run: RunQuery = async (text, parameters = []) =>
          (await trx.executeQuery<never>(CompiledQuery.raw(text, [...parameters]))).rows;
        await RESTORE_LOCK.execute(trx);
        const [existing] = await run<{ n: string }>(
          "select count(*)::text as n from pg_class where relnamespace = current_schema()::regnamespace and relkind in ('r', 'p', 'v', 'm', 'S')",
        );
        if (Number(existing?.n) > 0) {
          throw new BackupError(
            `${display} is not empty; restore only into a new database (createdb) / herstel alleen in een nieuwe, lege database`,
          );
        }
        await migrateTo(trx, "postgres", base);
        const { rows, skipped } = await loadRows(run, next, fail);
        await migrateToLatest(trx, "postgres");
        return {
          file,
          engine: "postgres" as const,
          schema: base,
          rows,
          ...(skipped.length > 0 ? { skipped } : {}),
        };
      });
    } finally {
      await db.destroy();
    }
  } catch (error) {
    if (error instanceof BackupError || error instanceof StoreConnectionError) throw error;
    const code = (error as NodeJS.ErrnoException).code;
    if (code === "ENOENT" || code === "EISDIR") throw new BackupError(`${file}: cannot be read (${code})`);
    throw new BackupError(
      `${display}: the restore failed, nothing was restored (${(error as Error).message})`,
    );
  } finally {
    lines.close();
  }
}

/**
 * Loads the data sections into the freshly migrated schema; returns the rows per table, checked against the end
 * line, and the tables left out because the schema has no such table.
 */
async function loadRows(
  run: RunQuery,
  next: () => Promise<string | undefined>,
  fail: (message: string) => never,
): Promise<{ rows: Record<string, number>; skipped: string[] }> {
  const catalog = await tablesInLoadOrder(run);
  const byName = new Map(catalog.map((t) => [t.name, t]));
  const sequences = new Set((await serialSequences(run)).map((s) => s.sequence));
  // The migrations seed some tables (the 354 bodies, the read versions); the backup holds their rows as they were.
  for (const table of [...catalog].reverse()) await run(`delete from ${quoteIdent(table.name)}`);
  const loaded: Record<string, number> = {};
  const skipped: string[] = [];
  const sequencesSet = new Set<string>();
  let trailer: z.infer<typeof Trailer> | undefined;
  for (let line = await next(); line !== undefined; line = await next()) {
    if (trailer) fail("text after the end of the backup");
    if (line === "") continue;
    if (line.startsWith(POSTGRES_BACKUP_END)) {
      try {
        trailer = Trailer.parse(JSON.parse(line.slice(POSTGRES_BACKUP_END.length)));
      } catch {
        fail("the end line is damaged");
      }
      continue;
    }
    if (line.startsWith("-- ")) continue;
    const copy = copyLine.exec(line);
    if (copy) {
      const name = (copy[1] ?? "").replace(/""/g, '"');
      const table = byName.get(name);
      if (name in loaded || skipped.includes(name)) fail(`table ${name} appears twice`);
      if (!table) {
        // Not made by the migrations (someone's own table in the same schema): not the store's to restore.
        skipped.push(name);
        for (let row = await next(); row !== "\\."; row = await next()) {
          if (row === undefined) fail(`the backup ends inside the rows of ${name}: cut off / afgebroken`);
        }
        continue;
      }
      const columns = columnList(copy[2] ?? "");
      const expected = [...(table?.columns ?? [])].sort();
      if (columns.length !== expected.length || [...columns].sort().some((c, i) => c !== expected[i])) {
        fail(`the columns of ${name} (${columns.join(", ")}) are not the schema's (${expected.join(", ")})`);
      }
      const load = new TableLoad(run, table as CatalogTable, columns);
      for (let row = await next(); row !== "\\."; row = await next()) {
        if (row === undefined) fail(`the backup ends inside the rows of ${name}: cut off / afgebroken`);
        let values: (string | null)[] = [];
        try {
          values = decodeCopyRow(row as string);
        } catch (error) {
          fail(`a bad row of ${name}: ${(error as Error).message}`);
        }
        if (values.length !== columns.length)
          fail(`a row of ${name} has ${values.length} of ${columns.length} fields`);
        await load.add(values);
      }
      await load.flush();
      loaded[name] = load.count;
      continue;
    }
    const setval = setvalLine.exec(line);
    if (setval) {
      const [, sequence = "", value, called] = setval;
      if (!sequences.has(sequence)) continue; // a skipped table's
      await run("select setval($1::regclass, $2::bigint, $3::boolean)", [
        quoteIdent(sequence),
        value,
        called,
      ]);
      sequencesSet.add(sequence);
      continue;
    }
    fail("unexpected line: not a Weerbaar backup, or damaged / onverwachte regel");
  }
  if (!trailer) fail("the backup has no end line: cut off / afgebroken");
  for (const table of catalog) {
    if (!(table.name in loaded)) fail(`the backup has no rows section for ${table.name}`);
    if (trailer?.rows[table.name] !== loaded[table.name]) {
      fail(`${table.name}: ${loaded[table.name]} rows read, the end line says ${trailer?.rows[table.name]}`);
    }
  }
  for (const sequence of sequences) if (!sequencesSet.has(sequence)) fail(`sequence ${sequence} is not set`);
  return { rows: loaded, skipped };
}
