import { openStore, type Store, type WriteContext } from "@weerbaar/store";
import { bothEngines, type EngineCase, type TestClock, testClock } from "@weerbaar/testing/engines";

export { type EngineCase, type TestClock, testClock };

/** Both engines; the service suites run against each (`describe.each(engines)`). */
export const engines: EngineCase[] = bothEngines("reminders");

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
