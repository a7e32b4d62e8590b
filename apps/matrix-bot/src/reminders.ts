import {
  ChannelGoneError,
  createPlatformReminders,
  type PlatformWorkerOptions,
  type ReminderService,
  type Sender,
} from "@weerbaar/reminders";
import type { Reply } from "./assistant-types.ts";
import type { MatrixBot } from "./bot.ts";
import { meetingMatrixIds } from "./reminder-people.ts";

/** The bot can no longer post in the room: it left or was kicked (M_FORBIDDEN), or the room is unknown. */
function roomGone(error: unknown): string | undefined {
  const { errcode, statusCode } = (error ?? {}) as { errcode?: string; statusCode?: number };
  if (errcode === "M_FORBIDDEN" || statusCode === 403) return "forbidden";
  if (errcode === "M_NOT_FOUND" || statusCode === 404) return "not_found";
  return undefined;
}

/** The Matrix user ids a reminder notifies (see reminder-people.ts). */
export type ReminderAudience = (reply: Reply) => Promise<readonly string[]>;

/**
 * Reminders to Matrix through sendToRoom with a transaction id derived from the delivery key, so a resend after a
 * crash is the same event, as m.text that notifies the people `audience` names (a meeting's organiser and
 * attending staff); a room the bot cannot post in becomes a ChannelGoneError so its subscriptions end.
 */
export function matrixReminderSender(
  bot: Pick<MatrixBot, "sendToRoom">,
  audience: ReminderAudience = async () => [],
): Sender {
  return async (message) => {
    try {
      const notify = await audience(message.reply);
      return await bot.sendToRoom(message.channelId, message.reply, { txnId: message.txnId, notify });
    } catch (error) {
      const reason = roomGone(error);
      if (reason) throw new ChannelGoneError("matrix", message.channelId, reason, { cause: error });
      throw error;
    }
  };
}

/** What the Matrix bot's reminder worker needs. */
export type MatrixRemindersOptions = PlatformWorkerOptions & {
  bot: Pick<MatrixBot, "sendToRoom" | "status">;
};

/**
 * The reminder worker of the Matrix bot (Matrix deliveries only); call `start()` to run it. A round runs only
 * while this instance holds the leader lease: a standby has no crypto machine, so its send into an encrypted
 * room would fail, and the reminders package counts every failed send as an attempt (markFailed). Skipping the
 * whole round before anything is claimed leaves the delivery untouched for the leader, which sends it once.
 */
export function createMatrixReminders(options: MatrixRemindersOptions): ReminderService {
  const audience: ReminderAudience = (reply) => meetingMatrixIds(options.store, reply);
  return createPlatformReminders("matrix", matrixReminderSender(options.bot, audience), {
    ...options,
    shouldRun: () => options.bot.status().leader,
  });
}
