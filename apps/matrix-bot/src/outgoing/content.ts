import { createHash } from "node:crypto";
import type { Reply } from "../assistant-types.ts";
import { replyMentions } from "./pills.ts";
import { renderBody, renderHtml } from "./render-html.ts";

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

/**
 * A post someone must see (a reminder): `m.text`, not `m.notice`, because the homeserver's default push rules
 * never notify for notices; `m.mentions.user_ids` names the reply's pills plus `notify` (organiser, attendees),
 * so exactly they get a notification.
 */
export function postContent(reply: Reply, notify: readonly string[]): Record<string, unknown> {
  const userIds = new Set([...(replyMentions(reply).user_ids ?? []), ...notify]);
  return {
    ...noticeContent(reply),
    msgtype: "m.text",
    "m.mentions": userIds.size > 0 ? { user_ids: [...userIds] } : {},
  };
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
