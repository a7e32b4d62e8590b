import type { BotContext } from "../bot-context.ts";
import { tooOld } from "../incoming/age.ts";
import { handleTimelineEvent } from "../incoming/room-event.ts";
import { guarded } from "./guarded.ts";
import { ANSWERABLE_TYPES, type MessagesPage, type RoomEvent } from "./sync-types.ts";

// A catch-up reads at most this many pages of missed events (1 000 at the default limit) after a downtime.
const MAX_CATCH_UP_PAGES = 10;

/**
 * What a limited sync left out (more than a timeline's worth of events while the bot was down), oldest first:
 * paged back from the timeline's start until events are too old to answer, at most MAX_CATCH_UP_PAGES pages.
 * Messages answered before the downtime are paged over again and skipped as already processed.
 */
async function missedEvents(ctx: BotContext, roomId: string, from: string): Promise<RoomEvent[]> {
  const missed: RoomEvent[] = [];
  let token: string | undefined = from;
  for (let page = 0; token !== undefined && page < MAX_CATCH_UP_PAGES; page++) {
    const query = {
      dir: "b",
      from: token,
      limit: ctx.timelineLimit,
      filter: JSON.stringify({ types: ANSWERABLE_TYPES }),
    };
    const response = (await ctx.request(() =>
      ctx.client.doRequest("GET", `/_matrix/client/v3/rooms/${encodeURIComponent(roomId)}/messages`, query),
    )) as MessagesPage;
    const chunk = response.chunk ?? [];
    for (const event of chunk) {
      if (await tooOld(ctx, roomId, event)) return missed.reverse();
      missed.push(event);
    }
    if (chunk.length === 0) return missed.reverse();
    token = response.end;
  }
  if (token !== undefined)
    ctx.log.warn({ roomId, pages: MAX_CATCH_UP_PAGES }, "catch-up stopped: older events skipped");
  return missed.reverse();
}

/** Answers what a limited sync skipped in a room, oldest first, before the sync's own timeline. */
export async function catchUp(ctx: BotContext, roomId: string, from: string): Promise<void> {
  const missed = await missedEvents(ctx, roomId, from);
  ctx.log.info({ roomId, events: missed.length }, "sync timeline was limited: catching up on skipped events");
  for (const event of missed) {
    await guarded(
      ctx,
      roomId,
      () => handleTimelineEvent(ctx, roomId, event, { initial: false, caughtUp: true }),
      event.event_id,
    );
  }
}
