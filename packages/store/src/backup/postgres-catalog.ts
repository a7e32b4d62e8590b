import { MIGRATION_TABLES } from "./backup-file.ts";

/** Runs one SQL text with bound parameters and gives its rows (a pg client or a kysely transaction). */
export type RunQuery = <R>(text: string, parameters?: readonly unknown[]) => Promise<R[]>;

/** A table of the store's schema as a backup copies it. */
export type CatalogTable = { name: string; columns: string[]; primaryKey: string[] };

/** A serial column's sequence. */
export type SerialSequence = { sequence: string; table: string; column: string };

/** A double-quoted SQL identifier. */
export function quoteIdent(name: string): string {
  return `"${name.replace(/"/g, '""')}"`;
}

/**
 * The tables of the current schema (the migrations' bookkeeping left out), each after the tables its foreign keys
 * point to: the order a restore inserts in, and the reverse of the order it empties them in.
 */
export async function tablesInLoadOrder(query: RunQuery): Promise<CatalogTable[]> {
  const columns = await query<{ table: string; column: string }>(
    `select c.relname as "table", a.attname as "column"
       from pg_class c
       join pg_attribute a on a.attrelid = c.oid and a.attnum > 0 and not a.attisdropped
      where c.relnamespace = current_schema()::regnamespace and c.relkind in ('r', 'p')
      order by c.relname, a.attnum`,
  );
  const keys = await query<{ table: string; column: string }>(
    `select c.relname as "table", a.attname as "column"
       from pg_index i
       join pg_class c on c.oid = i.indrelid
       join lateral unnest(i.indkey) with ordinality as k(attnum, position) on true
       join pg_attribute a on a.attrelid = c.oid and a.attnum = k.attnum
      where i.indisprimary and c.relnamespace = current_schema()::regnamespace
      order by c.relname, k.position`,
  );
  const references = await query<{ child: string; parent: string }>(
    `select child.relname as child, parent.relname as parent
       from pg_constraint f
       join pg_class child on child.oid = f.conrelid
       join pg_class parent on parent.oid = f.confrelid
      where f.contype = 'f' and child.relnamespace = current_schema()::regnamespace and child.oid <> parent.oid`,
  );
  const tables = new Map<string, CatalogTable>();
  for (const { table, column } of columns) {
    if ((MIGRATION_TABLES as readonly string[]).includes(table)) continue;
    const entry = tables.get(table) ?? { name: table, columns: [], primaryKey: [] };
    entry.columns.push(column);
    tables.set(table, entry);
  }
  for (const { table, column } of keys) tables.get(table)?.primaryKey.push(column);
  const ordered: CatalogTable[] = [];
  const placed = new Set<string>();
  const place = (name: string, path: readonly string[]) => {
    const table = tables.get(name);
    if (!table || placed.has(name) || path.includes(name)) return;
    for (const { child, parent } of references) if (child === name) place(parent, [...path, name]);
    placed.add(name);
    ordered.push(table);
  };
  for (const name of [...tables.keys()].sort()) place(name, []);
  return ordered;
}

/** The sequences behind the serial columns of the current schema. */
export async function serialSequences(query: RunQuery): Promise<SerialSequence[]> {
  return query<SerialSequence>(
    `select s.relname as sequence, t.relname as "table", a.attname as "column"
       from pg_depend d
       join pg_class s on s.oid = d.objid and s.relkind = 'S'
       join pg_class t on t.oid = d.refobjid
       join pg_attribute a on a.attrelid = t.oid and a.attnum = d.refobjsubid
      where d.classid = 'pg_class'::regclass and d.refclassid = 'pg_class'::regclass
        and d.deptype in ('a', 'i') and t.relnamespace = current_schema()::regnamespace
      order by s.relname`,
  );
}
