import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { createTestDatabase } from "@weerbaar/testing/postgres";
import { openStore, type Store, type WriteContext } from "../src/index.ts";

/** A database for one suite: a SQLite file in a temp dir, or a fresh PostgreSQL database. */
export type EngineCase = {
  name: "sqlite" | "postgres";
  create(): Promise<{ url: string; cleanup(): Promise<void> }>;
};

/** Both engines; every suite of this package runs against each (`describe.each(engines)`). */
export const engines: EngineCase[] = [
  {
    name: "sqlite",
    async create() {
      const dir = mkdtempSync(join(tmpdir(), "weerbaar-store-"));
      return {
        url: `sqlite:${join(dir, "nested", "weerbaar.db")}`,
        cleanup: async () => rmSync(dir, { recursive: true, force: true }),
      };
    },
  },
  {
    name: "postgres",
    async create() {
      const db = await createTestDatabase("store");
      return { url: db.url, cleanup: db.drop };
    },
  },
];

/** A clock the test moves by hand. */
export type TestClock = { now: () => Date; set(at: Date | string): void; advance(ms: number): void };

/** A hand-moved clock starting at `start` (default 1 October 2024, 10:00 Amsterdam). */
export function testClock(start: Date | string = "2024-10-01T08:00:00.000Z"): TestClock {
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

/** An open store on a fresh database, its clock, and a cleanup that closes and drops it. */
export type TestStore = { store: Store; url: string; clock: TestClock; cleanup(): Promise<void> };

/** Opens a store on a fresh database of the engine. */
export async function openTestStore(engine: EngineCase, clock = testClock()): Promise<TestStore> {
  const db = await engine.create();
  const store = await openStore(db.url, { now: clock.now });
  return {
    store,
    url: db.url,
    clock,
    cleanup: async () => {
      await store.close();
      await db.cleanup();
    },
  };
}

/** The write context of a test actor. */
export const console1: WriteContext = { actorId: "staff-anna", channel: "console" };
