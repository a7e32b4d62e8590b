/** Counts work in progress (turns, deliveries) so a shutdown can wait for it. */
export type InFlight = {
  /** Work that started and has not finished yet. */
  readonly count: number;
  /** Marks one piece of work as started; pair it with `leave()` in a `finally`. */
  enter(): void;
  /** Marks one piece of work as finished. */
  leave(): void;
  /** Runs `work` counted as in flight. */
  run<T>(work: () => Promise<T>): Promise<T>;
  /** Resolves once nothing is in flight (at once when nothing is). */
  idle(): Promise<void>;
};

/**
 * A tracker of in-flight work. `enter`/`leave` allocate nothing, so it is fit for the turn hot path;
 * only `idle()` (called once, at shutdown) creates a promise.
 */
export function createInFlight(): InFlight {
  let count = 0;
  let waiters: (() => void)[] = [];
  const leave = () => {
    if (count === 0) throw new Error("InFlight.leave() without a matching enter()");
    count--;
    if (count === 0 && waiters.length > 0) {
      const done = waiters;
      waiters = [];
      for (const resolve of done) resolve();
    }
  };
  return {
    get count() {
      return count;
    },
    enter() {
      count++;
    },
    leave,
    async run(work) {
      count++;
      try {
        return await work();
      } finally {
        leave();
      }
    },
    idle() {
      if (count === 0) return Promise.resolve();
      return new Promise((resolve) => waiters.push(resolve));
    },
  };
}
