import type { BotContext } from "../bot-context.ts";
import { kvKeys } from "../state/storage-provider.ts";
import type { RoomEvent } from "../sync/sync-types.ts";

/** Too old to answer: older than the answering age, or from before the bot joined the room. */
export async function tooOld(ctx: BotContext, roomId: string, event: RoomEvent): Promise<boolean> {
  if (ctx.now().getTime() - event.origin_server_ts > ctx.maxEventAgeMs) return true;
  const joinedAt = await ctx.store.kv.get(kvKeys.joinedAt(roomId));
  return joinedAt !== undefined && event.origin_server_ts < Number(joinedAt);
}
