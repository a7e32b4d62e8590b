import type { BotContext } from "../bot-context.ts";
import { kvKeys } from "../state/storage-provider.ts";
import type { RoomEvent } from "../sync/sync-types.ts";

/** A direct chat: invited as one (`is_direct`), or a room with just the bot and one person. */
export async function isDirect(ctx: BotContext, roomId: string): Promise<boolean> {
  if ((await ctx.store.kv.get(kvKeys.direct(roomId))) === "1") return true;
  const members = await ctx.request(() => ctx.client.getJoinedRoomMembers(roomId));
  return members.length <= 2;
}

/** A member's display name in the room, if they set one. */
export async function displayNameOf(
  ctx: BotContext,
  roomId: string,
  userId: string,
): Promise<string | undefined> {
  try {
    const member = await ctx.client.getRoomStateEvent(roomId, "m.room.member", userId);
    return typeof member?.displayname === "string" ? member.displayname : undefined;
  } catch {
    return undefined;
  }
}

/** Remembers when the bot joined: events from before are history it must not answer. */
export async function rememberJoin(ctx: BotContext, roomId: string, event: RoomEvent): Promise<void> {
  await ctx.store.kv.set(kvKeys.joinedAt(roomId), String(event.origin_server_ts));
}

/** True for the bot's own join in a room's timeline. */
export function isOwnJoin(ctx: BotContext, event: RoomEvent): boolean {
  return (
    event.type === "m.room.member" &&
    event.state_key === ctx.self.userId &&
    event.content.membership === "join"
  );
}

/**
 * The conversation a room's messages belong to: `matrix:<room id>`, or, for a room that replaced another one
 * (a room upgrade, see upgrades.ts), the conversation of the room it replaced, so its memory carries on.
 */
export async function conversationOf(ctx: BotContext, roomId: string): Promise<string> {
  return (await ctx.store.kv.get(kvKeys.conversation(roomId))) ?? `matrix:${roomId}`;
}
