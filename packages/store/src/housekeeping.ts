import type { Store } from "./store.ts";

/** What a bot's state is kept for, and how often it is swept. */
export type HousekeepingOptions = {
  store: Pick<Store, "kv" | "files">;
  /** Key prefixes of adapter state that is useless once old (e.g. Teams' open cards). */
  keyPrefixes?: readonly string[];
  /** How long processed-event ids and prefixed keys are kept; default 30 days. */
  keepMs?: number;
  /** How often to sweep; default every 6 hours. */
  everyMs?: number;
  now?: () => Date;
  onError?: (error: unknown) => void;
  onSwept?: (removed: number) => void;
};

const DAY_MS = 86_400_000;

/**
 * Removes processed-event ids and prefixed keys older than `keepMs`, and the files past their own retention;
 * returns how many rows went.
 */
export async function sweepAdapterState(options: HousekeepingOptions): Promise<number> {
  const { store } = options;
  const now = new Date((options.now ?? Date.now)().valueOf());
  const olderThan = new Date(now.getTime() - (options.keepMs ?? 30 * DAY_MS));
  let removed = await store.kv.pruneProcessed(olderThan);
  for (const prefix of options.keyPrefixes ?? []) removed += await store.kv.pruneKeys(prefix, olderThan);
  removed += await store.files.pruneExpired(now);
  return removed;
}

/**
 * Sweeps now and then every `everyMs`, so redelivery markers, unanswered cards and expired files do not pile up
 * forever (an expired file is never served, swept or not). Every replica may sweep: the deletes are idempotent.
 * Returns a stop function.
 */
export function startHousekeeping(options: HousekeepingOptions): () => void {
  const sweep = () =>
    sweepAdapterState(options).then(
      (removed) => options.onSwept?.(removed),
      (error: unknown) => options.onError?.(error),
    );
  void sweep();
  const timer = setInterval(sweep, options.everyMs ?? 6 * 3_600_000);
  timer.unref();
  return () => clearInterval(timer);
}
