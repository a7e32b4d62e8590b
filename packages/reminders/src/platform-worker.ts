import type { Store } from "@weerbaar/store";
import type { ReminderConfigInput } from "./config.ts";
import type { ReminderLogger } from "./logger.ts";
import type { ReminderPlatform, Sender } from "./sender.ts";
import { createReminderService, type ReminderService, type TickReport } from "./service.ts";
import type { IntervalTimer } from "./timer.ts";

/** What a bot's reminder worker needs besides its sender; clock, id, config and timer have defaults. */
export type PlatformWorkerOptions = {
  store: Store;
  logger: ReminderLogger;
  now?: () => Date;
  workerId?: string;
  config?: ReminderConfigInput;
  timer?: IntervalTimer;
  /** Told what every finished round did (see ReminderServiceOptions.onTick). */
  onTick?: (report: TickReport) => void;
  /** Told when a scheduled round failed as a whole. */
  onTickError?: (error: unknown) => void;
  /** Asked before every round (see ReminderServiceOptions.shouldRun). */
  shouldRun?: () => boolean;
};

/** The reminder worker of one bot: it claims and sends only that platform's deliveries; call `start()` to run it. */
export function createPlatformReminders(
  platform: ReminderPlatform,
  sender: Sender,
  options: PlatformWorkerOptions,
): ReminderService {
  return createReminderService({
    store: options.store,
    senders: { [platform]: sender },
    now: options.now ?? (() => new Date()),
    workerId: options.workerId ?? `${platform}-bot-${process.pid}`,
    logger: options.logger,
    ...(options.config ? { config: options.config } : {}),
    ...(options.timer ? { timer: options.timer } : {}),
    ...(options.onTick ? { onTick: options.onTick } : {}),
    ...(options.onTickError ? { onTickError: options.onTickError } : {}),
    ...(options.shouldRun ? { shouldRun: options.shouldRun } : {}),
  });
}
