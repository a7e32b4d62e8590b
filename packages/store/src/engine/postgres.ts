import { PostgresDialect } from "kysely";
import pg from "pg";
import { StoreConnectionError } from "../errors.ts";

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
    options: "-c jit=off",
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
  return new PostgresDialect({ pool });
}
