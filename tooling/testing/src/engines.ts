import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { createTestDatabase } from "./postgres.ts";

/** A database for one suite or test: a SQLite file in a temp dir, or a fresh PostgreSQL database. */
export type EngineCase = {
  name: "sqlite" | "postgres";
  create(): Promise<{ url: string; cleanup(): Promise<void> }>;
};

/**
 * Both engines, for `describe.each`: `label` names the temp dir and the PostgreSQL database, `sqliteFile` is the
 * file's path inside the temp dir (a nested path tests that missing folders are made).
 */
export function bothEngines(label: string, sqliteFile = "weerbaar.db"): EngineCase[] {
  return [
    {
      name: "sqlite",
      async create() {
        const dir = mkdtempSync(join(tmpdir(), `weerbaar-${label}-`));
        return {
          url: `sqlite:${join(dir, sqliteFile)}`,
          cleanup: async () => rmSync(dir, { recursive: true, force: true }),
        };
      },
    },
    {
      name: "postgres",
      async create() {
        const db = await createTestDatabase(label);
        return { url: db.url, cleanup: db.drop };
      },
    },
  ];
}

/** A clock the test moves by hand. */
export type TestClock = { now: () => Date; set(at: Date | string): void; advance(ms: number): void };

/** A hand-moved clock starting at `start`; `now()` hands out a fresh Date each time. */
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
