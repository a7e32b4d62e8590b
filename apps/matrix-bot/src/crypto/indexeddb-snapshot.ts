// A wasm crypto store in Node lives in an in-memory IndexedDB (fake-indexeddb) that vanishes with the process.
// These functions copy whole databases out (every object store with its schema and records) and back in, so the
// copy can be kept on disk or in the database between runs.

// The few IndexedDB shapes used here, declared by hand: the package compiles without the DOM library.
type IdbKey = unknown;
type IdbRequest<T> = {
  readonly result: T;
  readonly error: unknown;
  onsuccess: (() => void) | null;
  onerror: (() => void) | null;
};
type IdbOpenRequest = IdbRequest<IdbDatabase> & { onupgradeneeded: (() => void) | null };
type IdbIndex = { keyPath: string | string[]; unique: boolean; multiEntry: boolean };
type IdbObjectStore = {
  keyPath: string | string[] | null;
  autoIncrement: boolean;
  indexNames: ArrayLike<string>;
  index(name: string): IdbIndex;
  getAll(): IdbRequest<unknown[]>;
  getAllKeys(): IdbRequest<IdbKey[]>;
  put(value: unknown, key?: IdbKey): unknown;
  createIndex(
    name: string,
    keyPath: string | string[],
    options: { unique: boolean; multiEntry: boolean },
  ): unknown;
};
type IdbTransaction = {
  readonly error: unknown;
  objectStore(name: string): IdbObjectStore;
  oncomplete: (() => void) | null;
  onerror: (() => void) | null;
  onabort: (() => void) | null;
};
type IdbDatabase = {
  readonly version: number;
  readonly objectStoreNames: ArrayLike<string>;
  transaction(names: string[], mode: "readonly" | "readwrite"): IdbTransaction;
  createObjectStore(
    name: string,
    options: { keyPath: string | string[] | null; autoIncrement: boolean },
  ): IdbObjectStore;
  close(): void;
};

/** The part of an IndexedDB factory (fake-indexeddb's global `indexedDB`) the copy needs. */
export type IdbFactory = {
  open(name: string, version?: number): IdbOpenRequest;
  deleteDatabase(name: string): IdbRequest<unknown>;
  databases(): Promise<Array<{ name?: string; version?: number }>>;
};

/** The global IndexedDB that `fake-indexeddb/auto` installs (and the wasm crypto store uses). */
export function globalIndexedDB(): IdbFactory {
  const factory = (globalThis as { indexedDB?: IdbFactory }).indexedDB;
  if (!factory) throw new Error("no IndexedDB: load fake-indexeddb/auto before the crypto store");
  return factory;
}

/** One index of an object store, as created. */
export type IndexShape = { name: string; keyPath: string | string[]; unique: boolean; multiEntry: boolean };

/** One object store: its schema and every record (key and value, in key order). */
export type StoreDump = {
  name: string;
  keyPath: string | string[] | null;
  autoIncrement: boolean;
  indexes: IndexShape[];
  records: Array<[IdbKey, unknown]>;
};

/** One database at one schema version. */
export type DatabaseDump = { name: string; version: number; stores: StoreDump[] };

function requestResult<T>(request: IdbRequest<T>): Promise<T> {
  return new Promise((resolve, reject) => {
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error);
  });
}

function transactionDone(tx: IdbTransaction): Promise<void> {
  return new Promise((resolve, reject) => {
    tx.oncomplete = () => resolve();
    tx.onerror = () => reject(tx.error);
    tx.onabort = () => reject(tx.error ?? new Error("IndexedDB transaction aborted"));
  });
}

function openExisting(factory: IdbFactory, name: string): Promise<IdbDatabase> {
  return requestResult(factory.open(name));
}

/**
 * Copies the databases whose names start with `prefix`. One read transaction per database over all its stores,
 * so each copy is consistent even while the crypto machine keeps working.
 */
export async function dumpDatabases(factory: IdbFactory, prefix: string): Promise<DatabaseDump[]> {
  const infos = (await factory.databases()).filter((d) => d.name?.startsWith(prefix));
  const dumps: DatabaseDump[] = [];
  for (const info of infos.sort((a, b) => String(a.name).localeCompare(String(b.name)))) {
    const name = String(info.name);
    const db = await openExisting(factory, name);
    try {
      const names = Array.from(db.objectStoreNames);
      const stores: StoreDump[] = [];
      if (names.length > 0) {
        const tx = db.transaction(names, "readonly");
        const reads = names.map(async (storeName) => {
          const store = tx.objectStore(storeName);
          const [keys, values] = await Promise.all([
            requestResult(store.getAllKeys()),
            requestResult(store.getAll()),
          ]);
          const indexes = Array.from(store.indexNames).map((indexName) => {
            const index = store.index(indexName);
            return {
              name: indexName,
              keyPath: index.keyPath,
              unique: index.unique,
              multiEntry: index.multiEntry,
            };
          });
          stores.push({
            name: storeName,
            keyPath: store.keyPath,
            autoIncrement: store.autoIncrement,
            indexes,
            records: keys.map((key, i) => [key, values[i]] as [IdbKey, unknown]),
          });
        });
        await Promise.all([...reads, transactionDone(tx)]);
      }
      stores.sort((a, b) => a.name.localeCompare(b.name));
      dumps.push({ name, version: db.version, stores });
    } finally {
      db.close();
    }
  }
  return dumps;
}

/** Deletes a database (nothing may hold it open). */
export async function deleteDatabase(factory: IdbFactory, name: string): Promise<void> {
  await requestResult(factory.deleteDatabase(name));
}

/** Recreates databases from their copies, replacing any database of the same name. */
export async function restoreDatabases(factory: IdbFactory, dumps: DatabaseDump[]): Promise<void> {
  for (const dump of dumps) {
    await deleteDatabase(factory, dump.name);
    const request = factory.open(dump.name, dump.version);
    request.onupgradeneeded = () => {
      const db = request.result;
      for (const shape of dump.stores) {
        const store = db.createObjectStore(shape.name, {
          keyPath: shape.keyPath,
          autoIncrement: shape.autoIncrement,
        });
        for (const index of shape.indexes) {
          store.createIndex(index.name, index.keyPath, {
            unique: index.unique,
            multiEntry: index.multiEntry,
          });
        }
      }
    };
    const db = await requestResult(request);
    try {
      const names = dump.stores.map((s) => s.name);
      if (names.length === 0) continue;
      const tx = db.transaction(names, "readwrite");
      for (const shape of dump.stores) {
        const store = tx.objectStore(shape.name);
        // In-line keys come from the value itself; passing the key as well is an error.
        for (const [key, value] of shape.records) {
          if (shape.keyPath === null) store.put(value, key);
          else store.put(value);
        }
      }
      await transactionDone(tx);
    } finally {
      db.close();
    }
  }
}
