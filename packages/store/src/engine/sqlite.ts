import { mkdirSync } from "node:fs";
import { dirname, resolve } from "node:path";
import Sqlite from "better-sqlite3";
import {
  CompiledQuery,
  type DatabaseConnection,
  type Driver,
  type QueryCompiler,
  SqliteAdapter,
  type SqliteDatabase,
  SqliteDialect,
  type SqliteDialectConfig,
  SqliteDriver,
} from "kysely";
import { StoreConnectionError } from "../errors.ts";
import { SnakeCaseSqliteQueryCompiler } from "./snake-case.ts";

const BUSY_TIMEOUT_MS = 10_000;
const STATEMENT_CACHE_SIZE = 500;

/** Serializes write transactions of every Store in this process that opened the same file. */
class FileLock {
  #tail: Promise<void> = Promise.resolve();
  #release: (() => void) | undefined;
  async acquire(): Promise<void> {
    const previous = this.#tail;
    let release!: () => void;
    this.#tail = new Promise((r) => {
      release = r;
    });
    await previous;
    this.#release = release;
  }
  release(): void {
    const release = this.#release;
    this.#release = undefined;
    release?.();
  }
}

/** Transactions committed to a file by this process's connections; PRAGMA data_version counts only others'. */
type CommitCounter = { commits: number };

/** What the stores of one process share about a file they opened. */
type SharedFile = { lock: FileLock; counter: CommitCounter };

// better-sqlite3 waits for a busy file synchronously: two stores in one process would block each other's event
// loop, so same-process writers queue here and only other processes meet SQLite's busy_timeout.
const sharedFiles = new Map<string, SharedFile>();

/** Every transaction starts with BEGIN IMMEDIATE: read-then-write cannot deadlock between processes. */
class ImmediateSqliteDriver extends SqliteDriver {
  readonly #lock: FileLock | undefined;
  readonly #counter: CommitCounter;
  constructor(config: SqliteDialectConfig, lock: FileLock | undefined, counter: CommitCounter) {
    super(config);
    this.#lock = lock;
    this.#counter = counter;
  }
  override async beginTransaction(connection: DatabaseConnection): Promise<void> {
    await this.#lock?.acquire();
    try {
      await connection.executeQuery(CompiledQuery.raw("begin immediate"));
    } catch (error) {
      this.#lock?.release();
      throw error;
    }
  }
  override async commitTransaction(connection: DatabaseConnection): Promise<void> {
    try {
      await connection.executeQuery(CompiledQuery.raw("commit"));
      this.#counter.commits++;
    } finally {
      this.#lock?.release();
    }
  }
  override async rollbackTransaction(connection: DatabaseConnection): Promise<void> {
    try {
      await connection.executeQuery(CompiledQuery.raw("rollback"));
    } finally {
      this.#lock?.release();
    }
  }
}

/** SQLite runs DDL inside transactions, so migrations can run in one (and be serialized by BEGIN IMMEDIATE). */
class TransactionalSqliteAdapter extends SqliteAdapter {
  override get supportsTransactionalDdl(): boolean {
    return true;
  }
}

/** The store's SQLite dialect: BEGIN IMMEDIATE, transactional DDL, snake_case SQL, and a change token. */
export class WeerbaarSqliteDialect extends SqliteDialect {
  readonly #config: SqliteDialectConfig;
  readonly #lock: FileLock | undefined;
  readonly #counter: CommitCounter;
  readonly #dataVersion: Sqlite.Statement<[], number>;
  constructor(database: Sqlite.Database, lock: FileLock | undefined, counter: CommitCounter) {
    const config = { database: withStatementCache(database) };
    super(config);
    this.#config = config;
    this.#lock = lock;
    this.#counter = counter;
    this.#dataVersion = database.prepare<[], number>("pragma data_version").pluck();
  }

  #dataVersionThisTick: number | undefined;

  /**
   * Changes whenever a commit may have changed the file, by any connection in any process. Commits from this process
   * are counted as they happen; another process's are looked for once per event-loop turn, because nothing in one
   * turn can have learned of a commit made after that turn's first look, and looking costs as much as a query.
   */
  readonly changeToken = (): string => {
    if (this.#dataVersionThisTick === undefined) {
      this.#dataVersionThisTick = this.#dataVersion.get();
      setImmediate(() => {
        this.#dataVersionThisTick = undefined;
      });
    }
    return `${this.#dataVersionThisTick}:${this.#counter.commits}`;
  };

  override createDriver(): Driver {
    return new ImmediateSqliteDriver(this.#config, this.#lock, this.#counter);
  }
  override createAdapter(): SqliteAdapter {
    return new TransactionalSqliteAdapter();
  }
  override createQueryCompiler(): QueryCompiler {
    return new SnakeCaseSqliteQueryCompiler();
  }
}

/**
 * Kysely prepares every query anew; preparing costs more than running the store's small indexed queries, so
 * statements are kept by SQL text. Kysely runs them synchronously, one at a time, so a cached statement is never
 * busy when it is handed out again.
 */
export function withStatementCache(database: Sqlite.Database, size = STATEMENT_CACHE_SIZE): SqliteDatabase {
  const statements = new Map<string, Sqlite.Statement>();
  return {
    prepare(sql) {
      const cached = statements.get(sql);
      if (cached) return cached;
      const statement = database.prepare(sql);
      // The store's queries are a few hundred shapes; past the bound the oldest goes, so ad-hoc SQL cannot grow it.
      if (statements.size >= size) statements.delete(statements.keys().next().value as string);
      statements.set(sql, statement);
      return statement;
    },
    close() {
      statements.clear();
      database.close();
    },
  };
}

/** Opens (creating folder and file if needed) a SQLite database with WAL, foreign keys and a busy timeout. */
export function openSqliteDialect(path: string, display: string): WeerbaarSqliteDialect {
  const memory = path === ":memory:";
  const file = memory ? path : resolve(path);
  let database: Sqlite.Database;
  try {
    if (!memory) mkdirSync(dirname(file), { recursive: true });
    database = new Sqlite(file);
    database.pragma(`busy_timeout = ${BUSY_TIMEOUT_MS}`);
    database.pragma("journal_mode = WAL");
    database.pragma("foreign_keys = ON");
    database.pragma("synchronous = NORMAL");
  } catch (error) {
    throw new StoreConnectionError(display, (error as Error).message, { cause: error });
  }
  if (memory) return new WeerbaarSqliteDialect(database, undefined, { commits: 0 });
  const shared = sharedFiles.get(file) ?? { lock: new FileLock(), counter: { commits: 0 } };
  sharedFiles.set(file, shared);
  return new WeerbaarSqliteDialect(database, shared.lock, shared.counter);
}
