import { createHash } from "node:crypto";
import type { MatrixClient } from "matrix-bot-sdk";
import type { Attachment, Reply } from "./assistant-types.ts";
import { replyMentions } from "./pills.ts";
import { renderBody, renderHtml } from "./render-html.ts";
import { type RetryOptions, withRetry } from "./retry.ts";

/** Where an answer goes: a reply to an event, optionally inside a thread. */
export type ReplyTarget = { inReplyTo?: string; threadRoot?: string };

/** A transaction id derived from a stable key, so a resend after a crash or retry is deduplicated by the server. */
export function txnIdFor(key: string): string {
  return `wb-${createHash("sha256").update(key).digest("hex").slice(0, 40)}`;
}

/** The relation of an answer: `m.in_reply_to`, inside an `m.thread` when the question was in a thread. */
export function relationFor(target: ReplyTarget): Record<string, unknown> | undefined {
  if (target.threadRoot) {
    return {
      rel_type: "m.thread",
      event_id: target.threadRoot,
      is_falling_back: false,
      "m.in_reply_to": { event_id: target.inReplyTo ?? target.threadRoot },
    };
  }
  if (target.inReplyTo) return { "m.in_reply_to": { event_id: target.inReplyTo } };
  return undefined;
}

/** The m.notice content of a reply: plain body plus HTML, with the relation when given. */
export function noticeContent(reply: Reply, target: ReplyTarget = {}): Record<string, unknown> {
  const content: Record<string, unknown> = {
    msgtype: "m.notice",
    body: renderBody(reply),
    format: "org.matrix.custom.html",
    formatted_body: renderHtml(reply),
    // Whom the reply's pills mention: only they are notified (an empty object notifies nobody).
    "m.mentions": replyMentions(reply),
  };
  const relation = relationFor(target);
  if (relation) content["m.relates_to"] = relation;
  return content;
}

/** A plain-text notice (no HTML), e.g. the encrypted-room explanation; a reply when a target is given. */
export function plainNoticeContent(text: string, target: ReplyTarget = {}): Record<string, unknown> {
  const relation = relationFor(target);
  return {
    msgtype: "m.notice",
    body: text,
    "m.mentions": {},
    ...(relation ? { "m.relates_to": relation } : {}),
  };
}

/** Sends room messages with idempotent transaction ids and retries; uploads attachments first. */
export class MatrixSender {
  /** A sender over an SDK client. */
  constructor(
    readonly client: MatrixClient,
    readonly retry: RetryOptions,
  ) {}

  /** PUTs one event under a transaction id; the same id twice gives the same event. */
  async sendEvent(
    roomId: string,
    type: string,
    content: Record<string, unknown>,
    txnKey: string,
  ): Promise<string> {
    const path = `/_matrix/client/v3/rooms/${encodeURIComponent(roomId)}/send/${encodeURIComponent(type)}/${txnIdFor(txnKey)}`;
    const result = (await withRetry(() => this.client.doRequest("PUT", path, null, content), this.retry)) as {
      event_id: string;
    };
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
    const url = await withRetry(
      () => this.client.uploadContent(data, attachment.mimeType, attachment.fileName),
      this.retry,
    );
    const content: Record<string, unknown> = {
      msgtype: attachment.kind === "image" ? "m.image" : "m.file",
      body: attachment.fileName,
      filename: attachment.fileName,
      url,
      info: { mimetype: attachment.mimeType, size: data.byteLength },
    };
    const relation = relationFor(target);
    if (relation) content["m.relates_to"] = relation;
    return this.sendEvent(roomId, "m.room.message", content, txnKey);
  }

  /** Sends a whole reply (notice, then its attachments); returns the notice's event id. */
  async sendReply(roomId: string, reply: Reply, target: ReplyTarget, txnKey: string): Promise<string> {
    const eventId = await this.sendEvent(roomId, "m.room.message", noticeContent(reply, target), txnKey);
    for (const [i, attachment] of reply.attachments.entries()) {
      await this.sendAttachment(roomId, attachment, target, `${txnKey}:attachment:${i}`);
    }
    return eventId;
  }
}
