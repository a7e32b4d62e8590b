import { AMSTERDAM } from "@weerbaar/domain";
import { Cron } from "croner";

/** A cron pattern evaluated in Europe/Amsterdam; never started, only asked for run times. */
function amsterdamCron(pattern: string): Cron {
  return new Cron(pattern, { timezone: AMSTERDAM, paused: true });
}

/** The latest run of the Amsterdam cron pattern at or before `now`, if it lies after `notBefore`. */
export function latestRun(pattern: string, now: Date, notBefore: Date): Date | undefined {
  const cron = amsterdamCron(pattern);
  // previousRuns looks strictly before its reference: a run exactly at `now` counts as due.
  const [latest] = cron.previousRuns(1, new Date(now.getTime() + 1));
  cron.stop();
  if (!latest || latest.getTime() < notBefore.getTime() || latest.getTime() > now.getTime()) return undefined;
  return new Date(latest.getTime());
}

/** The first run of the Amsterdam cron pattern strictly after `after`. */
export function nextRun(pattern: string, after: Date): Date | undefined {
  const cron = amsterdamCron(pattern);
  const next = cron.nextRun(after);
  cron.stop();
  return next ? new Date(next.getTime()) : undefined;
}

/** Throws when the pattern is not a valid cron pattern. */
export function assertCronPattern(pattern: string): void {
  amsterdamCron(pattern).stop();
}
