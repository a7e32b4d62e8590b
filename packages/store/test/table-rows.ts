// Every table of a database read directly (not through the store under test), for comparing a restore with its
// source row by row.

import Sqlite from "better-sqlite3";
import pg from "pg";
import { parseStoreUrl } from "../src/engine/url.ts";

/** Each table's rows as text, sorted; the migrations' bookkeeping left out (a restore writes its own). */
export type TableRows = Map<string, string[]>;

const bookkeeping = (table: string) => table.startsWith("kysely_migration");

/** The rows of every table of the database at `url`, and the migrations applied to it. */
export async function tableRows(url: string): Promise<{ tables: TableRows; migrations: string[] }> {
  const location = parseStoreUrl(url);
  const tables: TableRows = new Map();
  if (location.engine === "sqlite") {
    const db = new Sqlite(location.path, { readonly: true, fileMustExist: true });
    try {
      const names = db
        .prepare<[], string>(
          "select name from sqlite_master where type = 'table' and name not like 'sqlite_%'",
        )
        .pluck()
        .all();
      for (const name of names.filter((n) => !bookkeeping(n))) {
        const rows = db.prepare(`select * from "${name}"`).raw().all() as unknown[][];
        tables.set(name, rows.map((row) => JSON.stringify(row)).sort());
      }
      const migrations = db
        .prepare<[], string>("select name from kysely_migration order by name")
        .pluck()
        .all();
      return { tables, migrations };
    } finally {
      db.close();
    }
  }
  const client = new pg.Client({ connectionString: location.connectionString, options: "-c TimeZone=UTC" });
  await client.connect();
  try {
    const names = await client.query<{ name: string }>(
      "select tablename as name from pg_tables where schemaname = current_schema()",
    );
    for (const { name } of names.rows.filter((r) => !bookkeeping(r.name))) {
      const rows = await client.query<{ row: string }>(`select t::text as row from "${name}" t`);
      tables.set(name, rows.rows.map((r) => r.row).sort());
    }
    const migrations = await client.query<{ name: string }>(
      "select name from kysely_migration order by name",
    );
    return { tables, migrations: migrations.rows.map((r) => r.name) };
  } finally {
    await client.end();
  }
}

/** The rows of one query on the database at `url`, read directly. */
export async function queryRows<T>(url: string, query: string): Promise<T[]> {
  const location = parseStoreUrl(url);
  if (location.engine === "sqlite") {
    const db = new Sqlite(location.path, { readonly: true, fileMustExist: true });
    try {
      return db.prepare(query).all() as T[];
    } finally {
      db.close();
    }
  }
  const client = new pg.Client({ connectionString: location.connectionString, options: "-c TimeZone=UTC" });
  await client.connect();
  try {
    return (await client.query(query)).rows as T[];
  } finally {
    await client.end();
  }
}
