import { PostgresDialect, type QueryCompiler } from "kysely";
import pg from "pg";
import { StoreConnectionError } from "../errors.ts";
import { SnakeCasePostgresQueryCompiler } from "./snake-case.ts";

class SnakeCasePostgresDialect extends PostgresDialect {
  override createQueryCompiler(): QueryCompiler {
    return new SnakeCasePostgresQueryCompiler();
  }
}

const TIMESTAMPTZ_OID = 1184;
const utcText = /^\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2}(?:\.\d+)?\+00$/;

/**
 * Reads a timestamptz the session sent in UTC ("2026-11-23 08:00:00.123+00") as a Date via the ISO form, which V8
 * parses four times faster than pg's general parser: a week's agenda holds thousands of them. Anything else (BC,
 * infinity, another offset) goes to pg's own parser.
 */
export function parseUtcTimestamp(text: string): Date {
  if (!utcText.test(text)) return pg.types.getTypeParser(TIMESTAMPTZ_OID, "text")(text) as Date;
  return new Date(`${text.slice(0, 10)}T${text.slice(11, -3)}Z`);
}

const types = {
  getTypeParser: ((oid: number, format?: "text" | "binary") =>
    oid === TIMESTAMPTZ_OID && format !== "binary"
      ? parseUtcTimestamp
      : pg.types.getTypeParser(oid, format)) as typeof pg.types.getTypeParser,
};

/** A pool for the URL, checked with one round trip so a bad URL fails now with a clear message. */
export async function openPostgresDialect(
  connectionString: string,
  display: string,
): Promise<PostgresDialect> {
  // JIT compilation costs more than it saves on the store's short queries (seen: 449 of 496 ms).
  const pool = new pg.Pool({
    connectionString,
    max: 10,
    connectionTimeoutMillis: 5_000,
    // UTC: instants are stored and compared in UTC, and timestamps then arrive in the form parseUtcTimestamp reads.
    options: "-c jit=off -c TimeZone=UTC",
    types,
  });
  // A client losing its server, idle or checked out, must not crash the process; the next query reports it.
  pool.on("error", () => {});
  pool.on("connect", (client) => client.on("error", () => {}));
  try {
    const client = await pool.connect();
    client.release();
  } catch (error) {
    await pool.end().catch(() => {});
    const reason = (error as Error).message || (error as { code?: string }).code || String(error);
    throw new StoreConnectionError(display, `PostgreSQL unreachable or refused the connection (${reason})`, {
      cause: error,
    });
  }
  return new SnakeCasePostgresDialect({ pool });
}
