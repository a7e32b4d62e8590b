import type { BotContext } from "../bot-context.ts";
import { handleTimelineEvent } from "../incoming/room-event.ts";
import { plainNoticeContent } from "../outgoing/content.ts";
import type { RoomEventIn } from "../room-crypto.ts";
import { isAllowed } from "../rooms/allow-list.ts";
import { guarded } from "../sync/guarded.ts";
import { UNDECRYPTABLE_NOTICE } from "./messages.ts";

/**
 * What the crypto seam hands back after a batch: events decrypted now that their keys came are handled as live
 * events; an event that will never decrypt gets one notice, as a reply, for an allowed sender (marked processed,
 * so a repeated batch does not say it twice).
 */
export async function handleLateEvents(
  ctx: BotContext,
  late: { ready: RoomEventIn[]; undecryptable: RoomEventIn[] },
): Promise<void> {
  for (const { roomId, event } of late.ready) {
    await guarded(
      ctx,
      roomId,
      () => handleTimelineEvent(ctx, roomId, event, { initial: false }),
      event.event_id,
    );
  }
  for (const { roomId, event } of late.undecryptable) {
    if (!isAllowed(ctx.allow, event.sender)) continue;
    await guarded(
      ctx,
      roomId,
      async () => {
        if (!(await ctx.store.kv.markProcessed(event.event_id))) return;
        const content = plainNoticeContent(UNDECRYPTABLE_NOTICE, { inReplyTo: event.event_id });
        await ctx.sender.sendEvent(roomId, "m.room.message", content, `undecryptable:${event.event_id}`);
        ctx.log.warn(
          { roomId, eventId: event.event_id },
          "told the sender an encrypted message stays unreadable",
        );
      },
      event.event_id,
    );
  }
}
