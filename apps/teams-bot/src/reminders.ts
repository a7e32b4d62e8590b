import {
  ChannelGoneError,
  createPlatformReminders,
  type PlatformWorkerOptions,
  type ReminderService,
  type Sender,
} from "@weerbaar/reminders";
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
export type TeamsRemindersOptions = PlatformWorkerOptions & { sendProactive: SendProactive };

/** The reminder worker of the Teams bot (Teams deliveries only); call `start()` to run it. */
export function createTeamsReminders(options: TeamsRemindersOptions): ReminderService {
  return createPlatformReminders("teams", teamsReminderSender(options.sendProactive), options);
}
