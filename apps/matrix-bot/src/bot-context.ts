import type { BotMetrics, InFlight } from "@weerbaar/observability";
import type { MatrixClient } from "matrix-bot-sdk";
import type { Logger } from "pino";
import type { QuestionBook } from "./answers/questions.ts";
import type { Assistant } from "./assistant-types.ts";
import type { BotStore } from "./bot-store.ts";
import type { BotIdentity } from "./incoming/addressing.ts";
import type { MatrixSender } from "./outgoing/sender.ts";
import type { RoomCrypto } from "./room-crypto.ts";
import type { AllowList } from "./rooms/allow-list.ts";

/**
 * What the parts of a running bot share (built once by createMatrixBot in bot.ts): the client, the store, the
 * assistant, the one sender, the question book, settings, and who the bot is (`self`, filled in by `start()`).
 */
export type BotContext = {
  client: MatrixClient;
  assistant: Assistant;
  store: BotStore;
  allow: AllowList;
  log: Logger;
  now: () => Date;
  metrics: BotMetrics;
  inFlight: InFlight;
  /** Events older than this (by the server's timestamp) are never answered. */
  maxEventAgeMs: number;
  /** Events per room in one /sync and per page of a catch-up. */
  timelineLimit: number;
  sender: MatrixSender;
  questions: QuestionBook;
  crypto: RoomCrypto;
  /** Runs one Matrix request with the bot's retry rules (rate limits, network errors, a dead token). */
  request: <T>(fn: () => Promise<T>) => Promise<T>;
  /** The bot's own user id, display name and command prefix; replaced by `start()`. */
  self: BotIdentity;
};
