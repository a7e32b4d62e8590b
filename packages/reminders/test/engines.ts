import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { openStore, type Store, type WriteContext } from "@weerbaar/store";
import { createTestDatabase } from "@weerbaar/testing/postgres";

/** A database for one test: a SQLite file in a temp dir, or a fresh PostgreSQL database. */
export type EngineCase = {
  name: "sqlite" | "postgres";
  create(): Promise<{ url: string; cleanup(): Promise<void> }>;
};

/** Both engines; the service suites run against each (`describe.each(engines)`). */
export const engines: EngineCase[] = [
  {
    name: "sqlite",
    async create() {
      const dir = mkdtempSync(join(tmpdir(), "weerbaar-reminders-"));
      return {
        url: `sqlite:${join(dir, "weerbaar.db")}`,
        cleanup: async () => rmSync(dir, { recursive: true, force: true }),
      };
    },
  },
  {
    name: "postgres",
    async create() {
      const db = await createTestDatabase("reminders");
      return { url: db.url, cleanup: db.drop };
    },
  },
];

/** A clock the test moves by hand. */
export type TestClock = { now: () => Date; set(at: Date | string): void; advance(ms: number): void };

/** A hand-moved clock. */
export function testClock(start: Date | string): TestClock {
  let t = new Date(start).getTime();
  return {
    now: () => new Date(t),
    set: (at) => {
      t = new Date(at).getTime();
    },
    advance: (ms) => {
      t += ms;
    },
  };
}

/** A database with its clock; `open()` gives another store on it (another "process"). */
export type TestDatabase = {
  url: string;
  clock: TestClock;
  store: Store;
  open(): Promise<Store>;
  cleanup(): Promise<void>;
};

/** Opens a fresh database of the engine with a store on the test clock. */
export async function openTestDatabase(engine: EngineCase, clock: TestClock): Promise<TestDatabase> {
  const db = await engine.create();
  const stores: Store[] = [];
  const open = async () => {
    const store = await openStore(db.url, { now: clock.now });
    stores.push(store);
    return store;
  };
  const store = await open();
  return {
    url: db.url,
    clock,
    store,
    open,
    async cleanup() {
      for (const s of stores) await s.close().catch(() => {});
      await db.cleanup();
    },
  };
}

/** The write context of the test's setup. */
export const setupCtx: WriteContext = { actorId: "test-setup", channel: "test" };
