import { parseStoreUrl, type StoreLocation } from "../engine/url.ts";
import { BackupError } from "../errors.ts";
import { type BackupSummary, backupEngineOf, engineName } from "./backup-file.ts";
import { backupSqlite, restoreSqlite } from "./sqlite-backup.ts";

/**
 * Writes a consistent backup of the database named by `url` to `file`, a new file, while others keep writing
 * (see Store.backup). The database is not opened as a store: nothing is migrated or created. Failures are
 * BackupErrors.
 */
export function backupStore(url: string, file: string): Promise<BackupSummary> {
  return backupDatabase(parseStoreUrl(url), file);
}

/** Writes a backup of the database at `location` to `file`, which must not exist yet. */
export function backupDatabase(location: StoreLocation, file: string): Promise<BackupSummary> {
  // pg is loaded only when a PostgreSQL database is named (see openExecutor).
  if (location.engine === "postgres")
    return import("./postgres-dump.ts").then(({ backupPostgres }) =>
      backupPostgres(location.connectionString, location.display, file),
    );
  if (location.path === ":memory:") {
    return Promise.reject(new BackupError("an in-memory database (sqlite::memory:) cannot be backed up"));
  }
  return backupSqlite(location.path, file);
}

/**
 * Restores the backup in `file` into the database named by `url`, which must be empty (a SQLite path with no
 * database yet, a PostgreSQL database without tables). All or nothing; a backup of an older schema is migrated
 * to this version's, one of a newer or of the other engine is refused. Failures are BackupErrors.
 */
export async function restoreBackup(url: string, file: string): Promise<BackupSummary> {
  const location = parseStoreUrl(url);
  const engine = backupEngineOf(file);
  if (engine !== location.engine) {
    const into = engine === "sqlite" ? "sqlite:PATH" : "postgres://…";
    throw new BackupError(
      `${file} is a ${engineName(engine)} backup; restore it into a ${into} database, not ${location.display} / ` +
        `een ${engineName(engine)}-back-up herstel je in een ${into}-database`,
    );
  }
  if (location.engine === "postgres")
    return import("./postgres-restore.ts").then(({ restorePostgres }) =>
      restorePostgres(location.connectionString, location.display, file),
    );
  return restoreSqlite(file, location.path);
}
