import type { BotContext } from "../bot-context.ts";
import { kvKeys } from "../state/storage-provider.ts";
import type { RoomEvent } from "../sync/sync-types.ts";
import { isAllowed } from "./allow-list.ts";
import { checkEncryption } from "./encryption-notice.ts";

/** Joins a room an allowed user invited the bot to (remembering a direct chat); rejects any other invite. */
export async function handleInvite(ctx: BotContext, roomId: string, events: RoomEvent[]): Promise<void> {
  const invite = events.find(
    (e) => e.type === "m.room.member" && e.state_key === ctx.self.userId && e.content.membership === "invite",
  );
  if (!invite) return;
  if (!isAllowed(ctx.allow, invite.sender)) {
    await ctx.request(() => ctx.client.leaveRoom(roomId));
    ctx.log.warn({ roomId, inviter: invite.sender }, "rejected invite from a user who is not allowed");
    return;
  }
  await ctx.request(() => ctx.client.joinRoom(roomId));
  await ctx.store.kv.set(kvKeys.direct(roomId), invite.content.is_direct === true ? "1" : "0");
  ctx.log.info({ roomId, inviter: invite.sender }, "joined room");
  await checkEncryption(ctx, roomId);
}

/** Leaves the room when no allowed user is left in it. */
export async function leaveIfNoAllowedUser(ctx: BotContext, roomId: string): Promise<void> {
  const members = await ctx.request(() => ctx.client.getJoinedRoomMembers(roomId));
  if (members.some((m) => m !== ctx.self.userId && isAllowed(ctx.allow, m))) return;
  await ctx.request(() => ctx.client.leaveRoom(roomId));
  ctx.log.info({ roomId }, "left room: no allowed user remains");
}
