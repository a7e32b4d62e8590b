import type { BotContext } from "../bot-context.ts";
import { sendEncryptionNotice } from "../rooms/encryption-notice.ts";
import { leaveIfNoAllowedUser } from "../rooms/invites.ts";
import { isOwnJoin, rememberJoin } from "../rooms/membership.ts";
import { followUpgrade } from "../rooms/upgrades.ts";
import type { RoomEvent } from "../sync/sync-types.ts";
import { tooOld } from "./age.ts";
import { handleMessage } from "./message.ts";
import { handleReaction } from "./reaction.ts";

/**
 * Where every timeline event enters, live (`initial`: from the first sync, history) or caught up (`caughtUp`):
 * the crypto seam's `incoming` sees it first (an encrypted event becomes the event it holds), then membership,
 * room upgrades, the bot's own events, encryption, and finally messages and reactions.
 */
export async function handleTimelineEvent(
  ctx: BotContext,
  roomId: string,
  raw: RoomEvent,
  how: { initial: boolean; caughtUp?: boolean },
): Promise<void> {
  // History the bot will never answer is not decrypted (its keys may never come: no notice about it either).
  if (raw.type === "m.room.encrypted" && (how.initial || (await tooOld(ctx, roomId, raw)))) return;
  const event = ctx.crypto.incoming ? await ctx.crypto.incoming(roomId, raw) : raw;
  if (!event) return;
  if (how.caughtUp) {
    // Catch-up pages ask only for messages and reactions.
    if (event.sender === ctx.self.userId) return;
    await dispatch(ctx, roomId, event);
    return;
  }
  if (event.type === "m.room.member") {
    if (isOwnJoin(ctx, event)) {
      await rememberJoin(ctx, roomId, event);
    } else if (!how.initial && (event.content.membership === "leave" || event.content.membership === "ban")) {
      await leaveIfNoAllowedUser(ctx, roomId);
    }
    return;
  }
  if (event.type === "m.room.tombstone") {
    await followUpgrade(ctx, roomId, event);
    return;
  }
  if (event.sender === ctx.self.userId) return;
  if (event.type === "m.room.encryption" || event.type === "m.room.encrypted") {
    await sendEncryptionNotice(ctx, roomId);
    return;
  }
  if (how.initial) return; // history from before the bot's first start
  await dispatch(ctx, roomId, event);
}

async function dispatch(ctx: BotContext, roomId: string, event: RoomEvent): Promise<void> {
  if (event.type === "m.room.message") await handleMessage(ctx, roomId, event);
  else if (event.type === "m.reaction") await handleReaction(ctx, roomId, event);
}
