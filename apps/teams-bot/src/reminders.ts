import {
  ChannelGoneError,
  createReminderService,
  type IntervalTimer,
  type ReminderConfigInput,
  type ReminderLogger,
  type ReminderService,
  type Sender,
} from "@weerbaar/reminders";
import type { Store } from "@weerbaar/store";
import { TeamsConversationGoneError } from "./teams/errors.ts";
import type { SendProactive } from "./teams/proactive.ts";

/**
 * Reminders to Teams through sendProactive: the delivery key doubles as the bot's idempotency key (a resend returns
 * the recorded activity id); a conversation that is gone becomes a ChannelGoneError so its subscriptions end.
 */
export function teamsReminderSender(sendProactive: SendProactive): Sender {
  return async (message) => {
    try {
      return await sendProactive(message.channelId, message.reply, { deliveryKey: message.key });
    } catch (error) {
      if (error instanceof TeamsConversationGoneError) {
        throw new ChannelGoneError("teams", message.channelId, error.reason, { cause: error });
      }
      throw error;
    }
  };
}

/** What the Teams bot's reminder worker needs. */
export type TeamsRemindersOptions = {
  store: Store;
  sendProactive: SendProactive;
  logger: ReminderLogger;
  now?: () => Date;
  workerId?: string;
  config?: ReminderConfigInput;
  timer?: IntervalTimer;
};

/** The reminder worker of the Teams bot (Teams deliveries only); call `start()` to run it. */
export function createTeamsReminders(options: TeamsRemindersOptions): ReminderService {
  return createReminderService({
    store: options.store,
    senders: { teams: teamsReminderSender(options.sendProactive) },
    now: options.now ?? (() => new Date()),
    workerId: options.workerId ?? `teams-bot-${process.pid}`,
    logger: options.logger,
    ...(options.config ? { config: options.config } : {}),
    ...(options.timer ? { timer: options.timer } : {}),
  });
}
