import { createHash } from "node:crypto";
import type { ReminderPayload } from "./payload.ts";

/** A chat channel a reminder goes to. */
export type ChannelTarget = { platform: string; channelId: string };

/**
 * The delivery key of a reminder occurrence in one channel. Meeting keys hold the appointment's sequence, so a moved
 * meeting gets new keys and the old ones can be dropped; every key ends with the channel.
 */
export function deliveryKey(payload: ReminderPayload, channel: ChannelTarget): string {
  const subject = (() => {
    switch (payload.kind) {
      case "meeting_day_before":
      case "meeting_hour_before":
        return `meeting:${payload.appointmentId}:${payload.sequence}:${payload.kind}`;
      case "meeting_outcome":
        return `outcome:${payload.appointmentId}:${payload.round}`;
      case "outreach_follow_up":
        return `follow_up:${payload.bodyCode}:${payload.reason}:${payload.since}`;
      case "weekly_digest":
        return `digest:${payload.runAt}`;
    }
  })();
  return `${subject}:${channel.platform}:${channel.channelId}`;
}

/** A Matrix transaction id derived from a delivery key: the same key always gives the same id, so a resend is a no-op. */
export function txnIdOf(key: string): string {
  return `weerbaar-${createHash("sha256").update(key).digest("hex").slice(0, 40)}`;
}
