import type { MatrixClient } from "matrix-bot-sdk";
import type { Logger } from "pino";
import { type RetryOptions, withRetry } from "../client/retry.ts";
import type { RoomCrypto, RoomEventIn } from "../room-crypto.ts";
import {
  type BotCrypto,
  type BotCryptoOptions,
  type CryptoRoomEvent,
  loadCryptoModule,
  openBotCrypto,
} from "./bot-crypto.ts";
import { encryptedUpload } from "./encrypted-media.ts";
import type { MatrixRequest } from "./http.ts";

/** Options of {@link createEndToEnd}: the crypto module's, with requests made through the bot's SDK client. */
export type EndToEndOptions = Omit<BotCryptoOptions, "request"> & {
  client: MatrixClient;
  /** The bot's retry rules; by default 10 attempts with real sleeps. */
  retry?: RetryOptions;
  logger?: Logger;
};

/** The bot's end-to-end encryption as the adapter's crypto seam; `crypto()` is the open module (after start). */
export type EndToEnd = RoomCrypto & { crypto(): BotCrypto | undefined };

/** A MatrixRequest over matrix-bot-sdk's client, with the bot's retries. */
export function sdkRequest(client: MatrixClient, retry: RetryOptions): MatrixRequest {
  return (method, path, body, query) =>
    withRetry(() => client.doRequest(method, path, query ?? null, body ?? null), retry);
}

/**
 * End-to-end encryption for the bot (room-crypto.ts): opens the persisted crypto store only while this instance
 * holds the leader lease (`lead`, read back fresh at every takeover; refusing to start when it is missing or
 * damaged), feeds every sync in, decrypts timeline events, encrypts everything sent into encrypted rooms
 * (attachments too), writes the store out after each batch, and drops it unwritten when the lease is lost.
 */
export function createEndToEnd(options: EndToEndOptions): EndToEnd {
  const { client, ...cryptoOptions } = options;
  const retry = options.retry ?? {
    sleep: (ms: number) => new Promise<void>((r) => setTimeout(r, ms)),
    maxAttempts: 10,
  };
  const request = sdkRequest(client, retry);
  let crypto: BotCrypto | undefined;
  let failed: RoomEventIn[] = [];
  let opening: Promise<BotCrypto> | undefined;
  const opened = (): BotCrypto => {
    if (!crypto) {
      throw new Error(
        "end-to-end encryption is open only on the instance that holds the lease (or the bot has not started)",
      );
    }
    return crypto;
  };

  return {
    crypto: () => crypto,
    async start() {
      // The module only (a broken install fails the start); the store is opened by the lease holder alone.
      await loadCryptoModule();
    },
    async lead() {
      if (crypto) return;
      opening ??= openBotCrypto({ ...cryptoOptions, request }).finally(() => {
        opening = undefined;
      });
      const c = await opening;
      crypto = c;
      options.logger?.info({ deviceId: c.deviceId, ed25519: c.ed25519Key }, "end-to-end encryption ready");
    },
    async standDown() {
      const c = crypto;
      crypto = undefined;
      if (!c) return;
      await c.discard();
      options.logger?.info(
        "lease lost: crypto store dropped unwritten, read back fresh at the next takeover",
      );
    },
    onSync: (response) => opened().receiveSync(response),
    async incoming(roomId, event) {
      const c = opened();
      c.noteEvent(roomId, event);
      if (event.type !== "m.room.encrypted") return event;
      if (event.sender === c.userId) return undefined; // its own, never answered
      const outcome = await c.decrypt(roomId, event as CryptoRoomEvent);
      if (outcome.kind === "decrypted") return outcome.event;
      if (outcome.kind === "failed") {
        options.logger?.warn({ roomId, eventId: event.event_id, reason: outcome.reason }, "cannot decrypt");
        failed.push({ roomId, event });
      }
      return undefined;
    },
    async afterSync() {
      const { ready, expired } = await opened().retryPending();
      const undecryptable = [...failed, ...expired];
      failed = [];
      return { ready, undecryptable };
    },
    commit: () => opened().persist(),
    async stop() {
      const c = crypto;
      crypto = undefined;
      await c?.close();
    },
    async outgoing(roomId, type, content) {
      const c = opened();
      if (!(await c.isEncrypted(roomId))) return { type, content };
      return { type: "m.room.encrypted", content: await c.encrypt(roomId, type, content) };
    },
    async encryptAttachment(roomId, data) {
      if (!(await opened().isEncrypted(roomId))) return undefined;
      const upload = encryptedUpload(data);
      return { bytes: upload.bytes, mimeType: upload.mimeType, fileFor: (url) => upload.fileFor(url) };
    },
  };
}
