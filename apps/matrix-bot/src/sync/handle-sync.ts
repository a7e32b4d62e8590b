import type { BotContext } from "../bot-context.ts";
import { handleLateEvents } from "../crypto/late-events.ts";
import { handleTimelineEvent } from "../incoming/room-event.ts";
import { handleInvite } from "../rooms/invites.ts";
import { isOwnJoin, rememberJoin } from "../rooms/membership.ts";
import { catchUp } from "./catch-up.ts";
import { guarded } from "./guarded.ts";
import type { SyncResponse } from "./sync-types.ts";

/**
 * Handles one /sync response: first the crypto seam's `onSync` (to-device events, device lists, key counts),
 * then invites, then each joined room's timeline (a limited one is caught up on first). `initial` is the first
 * sync without a token: its timelines are history, not answered.
 */
export async function handleSync(ctx: BotContext, response: SyncResponse, initial: boolean): Promise<void> {
  if (ctx.crypto.onSync) await ctx.crypto.onSync(response);
  for (const [roomId, room] of Object.entries(response.rooms?.invite ?? {})) {
    await guarded(ctx, roomId, () => handleInvite(ctx, roomId, room.invite_state?.events ?? []));
  }
  for (const [roomId, room] of Object.entries(response.rooms?.join ?? {})) {
    ctx.log.debug({ roomId, initial, events: room.timeline?.events?.length }, "room timeline");
    // Our own join first: events before it in this batch are history the bot must not answer.
    const ownJoin = room.timeline?.events?.findLast((e) => isOwnJoin(ctx, e));
    if (ownJoin) await rememberJoin(ctx, roomId, ownJoin);
    const skippedFrom = room.timeline?.limited && !initial && !ownJoin ? room.timeline.prev_batch : undefined;
    if (skippedFrom !== undefined) await guarded(ctx, roomId, () => catchUp(ctx, roomId, skippedFrom));
    for (const event of room.timeline?.events ?? []) {
      await guarded(ctx, roomId, () => handleTimelineEvent(ctx, roomId, event, { initial }), event.event_id);
    }
  }
  // Encrypted events whose keys came with this batch, and those given up on; then the crypto store goes to disk
  // before the token is saved, so a crash repeats the batch rather than losing keys it brought.
  if (ctx.crypto.afterSync) await handleLateEvents(ctx, await ctx.crypto.afterSync());
  if (ctx.crypto.commit) await ctx.crypto.commit();
}
