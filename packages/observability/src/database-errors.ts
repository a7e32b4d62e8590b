// Recognised by name and shape, not by class, so this package depends on neither the store nor the drivers.
const DATABASE_ERROR_NAMES = new Set(["StoreConnectionError", "SqliteError"]);
// kysely after the store was closed, and node-postgres when the server goes away mid-query.
const DATABASE_MESSAGES = [/driver has already been destroyed/i, /connection terminated/i];
const MAX_CAUSES = 5;

function looksLikeDatabaseError(error: object): boolean {
  const { name, message, code, severity } = error as {
    name?: unknown;
    message?: unknown;
    code?: unknown;
    severity?: unknown;
  };
  if (typeof name === "string" && DATABASE_ERROR_NAMES.has(name)) return true;
  // node-postgres' DatabaseError: a SQLSTATE code and a severity from the server.
  if (typeof code === "string" && /^[0-9A-Z]{5}$/.test(code) && typeof severity === "string") return true;
  return typeof message === "string" && DATABASE_MESSAGES.some((pattern) => pattern.test(message));
}

/**
 * Whether an error (or one of its causes) is a database failure: @weerbaar/store's StoreConnectionError,
 * better-sqlite3's SqliteError (e.g. SQLITE_BUSY), a PostgreSQL server error, or a closed or lost connection.
 */
export function isDatabaseError(error: unknown): boolean {
  let current = error;
  for (let depth = 0; depth < MAX_CAUSES && typeof current === "object" && current !== null; depth++) {
    if (looksLikeDatabaseError(current)) return true;
    current = (current as { cause?: unknown }).cause;
  }
  return false;
}
