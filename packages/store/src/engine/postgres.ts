import { PostgresDialect } from "kysely";
import pg from "pg";
import { StoreConnectionError } from "../errors.ts";

/** A pool for the URL, checked with one round trip so a bad URL fails now with a clear message. */
export async function openPostgresDialect(
  connectionString: string,
  display: string,
): Promise<PostgresDialect> {
  const pool = new pg.Pool({ connectionString, max: 10, connectionTimeoutMillis: 5_000 });
  // An idle client losing its server must not crash the process; the next query reports the problem.
  pool.on("error", () => {});
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
  return new PostgresDialect({ pool });
}
