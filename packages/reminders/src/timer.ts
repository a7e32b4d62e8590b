/** Runs a callback every `ms`; returns a function that cancels it. Injected so tests drive time by hand. */
export type IntervalTimer = { every(ms: number, run: () => void): () => void };

/** The real timer (setInterval, unref'd so it never keeps the process alive on its own). */
export const realTimer: IntervalTimer = {
  every(ms, run) {
    const handle = setInterval(run, ms);
    handle.unref?.();
    return () => clearInterval(handle);
  },
};

/** A timer for tests: `fire()` runs every scheduled callback once; `active` counts the running schedules. */
export type ManualTimer = IntervalTimer & { fire(): void; readonly active: number };

/** A hand-driven timer for tests (no real waiting). */
export function manualTimer(): ManualTimer {
  const schedules = new Set<() => void>();
  return {
    every(_ms, run) {
      schedules.add(run);
      return () => schedules.delete(run);
    },
    fire() {
      for (const run of [...schedules]) run();
    },
    get active() {
      return schedules.size;
    },
  };
}
