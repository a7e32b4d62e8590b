import { join } from "node:path";
import {
  bothEngines,
  type EngineCase,
  testClock as handMovedClock,
  type TestClock,
} from "@weerbaar/testing/engines";
import { openStore, type Store, type WriteContext } from "../src/index.ts";

export type { EngineCase, TestClock };

/** Both engines; every suite of this package runs against each (`describe.each(engines)`). */
export const engines: EngineCase[] = bothEngines("store", join("nested", "weerbaar.db"));

/** A hand-moved clock starting at `start` (default 1 October 2024, 10:00 Amsterdam). */
export function testClock(start: Date | string = "2024-10-01T08:00:00.000Z"): TestClock {
  return handMovedClock(start);
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
