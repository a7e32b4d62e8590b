import { type Reply, renderPlainText } from "@weerbaar/reply";

/** One reminder handed to a platform sender. */
export type OutgoingReminder = {
  /** The delivery key: a sender that records it can answer a resend with the first message's id. */
  key: string;
  /** An idempotency token derived from the key (a Matrix transaction id). */
  txnId: string;
  platform: string;
  channelId: string;
  reply: Reply;
  dueAt: Date;
};

/** Posts a reminder to one platform; resolves with the platform's message id. Throw ChannelGoneError for a dead channel. */
export type Sender = (message: OutgoingReminder) => Promise<string>;

/** The platforms reminders go to. */
export type ReminderPlatform = "teams" | "matrix" | "console";

/** Thrown by a sender when the channel no longer exists or removed the bot: its subscriptions end, the delivery is dropped. */
export class ChannelGoneError extends Error {
  override readonly name = "ChannelGoneError";
  constructor(
    readonly platform: string,
    readonly channelId: string,
    readonly reason: string,
    options?: ErrorOptions,
  ) {
    super(`${platform} channel ${channelId} is gone (${reason})`, options);
  }
}

/** A sender for the console: prints the plain-text rendering of each reminder; the message id is `console:<txnId>`. */
export function createConsoleSender(write: (text: string) => void): Sender {
  return async (message) => {
    write(`[${message.channelId}] ${renderPlainText(message.reply)}`);
    return `console:${message.txnId}`;
  };
}
