import type { MatrixClient } from "matrix-bot-sdk";
import type { Attachment, Reply } from "../assistant-types.ts";
import { type RetryOptions, withRetry } from "../client/retry.ts";
import type { RoomCrypto } from "../room-crypto.ts";
import { noticeContent, postContent, type ReplyTarget, relationFor, txnIdFor } from "./content.ts";
import { pngSize } from "./png-size.ts";

/** `info.w`/`info.h` of a PNG image (charts), so clients lay it out before it has loaded. */
function imageSize(attachment: Attachment, data: Uint8Array): { w?: number; h?: number } {
  if (attachment.kind !== "image") return {};
  const size = pngSize(data);
  return size ? { w: size.width, h: size.height } : {};
}

/**
 * Sends room events with idempotent transaction ids and retries; uploads attachments first. `sendEvent` is the one
 * way out: every message, notice, file and reaction of the bot goes through it (and through the crypto seam).
 */
export class MatrixSender {
  /** A sender over an SDK client; `crypto.outgoing` may turn each event into an encrypted one. */
  constructor(
    readonly client: MatrixClient,
    readonly retry: RetryOptions,
    readonly crypto: RoomCrypto = {},
  ) {}

  /** PUTs one event under a transaction id; the same id twice gives the same event. */
  async sendEvent(
    roomId: string,
    type: string,
    content: Record<string, unknown>,
    txnKey: string,
  ): Promise<string> {
    const out = this.crypto.outgoing ? await this.crypto.outgoing(roomId, type, content) : { type, content };
    const path = `/_matrix/client/v3/rooms/${encodeURIComponent(roomId)}/send/${encodeURIComponent(out.type)}/${txnIdFor(txnKey)}`;
    const result = (await withRetry(
      () => this.client.doRequest("PUT", path, null, out.content),
      this.retry,
    )) as { event_id: string };
    return result.event_id;
  }

  /** Uploads one attachment to the media repository and sends it as m.file or m.image. */
  async sendAttachment(
    roomId: string,
    attachment: Attachment,
    target: ReplyTarget,
    txnKey: string,
  ): Promise<string> {
    const data = Buffer.from(attachment.data);
    // In an encrypted room the media repository gets ciphertext, and the (encrypted) event the key: spec `file`.
    const encrypted = await this.crypto.encryptAttachment?.(roomId, data);
    const upload = encrypted ? Buffer.from(encrypted.bytes) : data;
    const url = await withRetry(
      () =>
        this.client.uploadContent(upload, encrypted?.mimeType ?? attachment.mimeType, attachment.fileName),
      this.retry,
    );
    const content: Record<string, unknown> = {
      msgtype: attachment.kind === "image" ? "m.image" : "m.file",
      body: attachment.fileName,
      filename: attachment.fileName,
      ...(encrypted ? { file: encrypted.fileFor(url) } : { url }),
      info: { mimetype: attachment.mimeType, size: data.byteLength, ...imageSize(attachment, data) },
    };
    const relation = relationFor(target);
    if (relation) content["m.relates_to"] = relation;
    return this.sendEvent(roomId, "m.room.message", content, txnKey);
  }

  /**
   * Sends a whole reply (notice, then its attachments); returns the notice's event id. With `notify` it is a post
   * someone must see (m.text mentioning those user ids, see postContent) instead of a notice.
   */
  async sendReply(
    roomId: string,
    reply: Reply,
    target: ReplyTarget,
    txnKey: string,
    notify?: readonly string[],
  ): Promise<string> {
    const content = notify ? postContent(reply, notify) : noticeContent(reply, target);
    const eventId = await this.sendEvent(roomId, "m.room.message", content, txnKey);
    for (const [i, attachment] of reply.attachments.entries()) {
      await this.sendAttachment(roomId, attachment, target, `${txnKey}:attachment:${i}`);
    }
    return eventId;
  }
}
