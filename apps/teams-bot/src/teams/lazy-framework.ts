import type { Framework, FrameworkOptions } from "./framework.ts";

/** Resolves with the framework, built on the first call; every later call gets the same one. */
export type FrameworkLoader = () => Promise<Framework>;

/**
 * The botbuilder part of the bot, loaded on first use (the first activity or the first reminder sent), not at
 * start: importing botbuilder takes about 0.6 s and 50 MB, which would more than double the start time and idle
 * memory of a bot that has had no traffic yet. A failed load is not kept, so the next call tries again.
 */
export function lazyFramework(options: FrameworkOptions): FrameworkLoader {
  let loading: Promise<Framework> | undefined;
  return () => {
    if (!loading) {
      loading = import("./framework.ts").then(({ createFramework }) => createFramework(options));
      loading.catch(() => {
        loading = undefined;
      });
    }
    return loading;
  };
}
