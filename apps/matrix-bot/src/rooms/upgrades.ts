import type { BotContext } from "../bot-context.ts";
import { kvKeys } from "../state/storage-provider.ts";
import type { RoomEvent } from "../sync/sync-types.ts";
import { serverOf } from "./allow-list.ts";
import { conversationOf } from "./membership.ts";

/**
 * A room upgrade (`m.room.tombstone`): the bot joins the `replacement_room` and carries on there. The new room
 * continues the old room's conversation (the assistant's memory and open questions follow) and is a direct chat
 * when the old one was. A replacement the bot may not join (invite only) is left to an invite.
 */
export async function followUpgrade(ctx: BotContext, roomId: string, event: RoomEvent): Promise<void> {
  const replacement = event.content.replacement_room;
  if (typeof replacement !== "string" || replacement === roomId) return;
  // Before the join: the new room's first messages must already belong to the old conversation.
  if ((await ctx.store.kv.get(kvKeys.conversation(replacement))) === undefined) {
    await ctx.store.kv.set(kvKeys.conversation(replacement), await conversationOf(ctx, roomId));
  }
  const direct = await ctx.store.kv.get(kvKeys.direct(roomId));
  if (direct !== undefined) await ctx.store.kv.set(kvKeys.direct(replacement), direct);
  try {
    await ctx.request(() => ctx.client.joinRoom(replacement, [serverOf(event.sender)].filter(Boolean)));
  } catch (error) {
    const { errcode } = (error ?? {}) as { errcode?: string };
    if (errcode !== "M_FORBIDDEN" && errcode !== "M_NOT_FOUND") throw error;
    ctx.log.warn(
      { roomId, replacement, errcode },
      "room upgraded, but the bot may not join the new room yet",
    );
    return;
  }
  ctx.log.info({ roomId, replacement }, "room upgraded: joined the replacement room");
}
