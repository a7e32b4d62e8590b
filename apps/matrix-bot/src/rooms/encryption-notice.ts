import type { BotContext } from "../bot-context.ts";
import { ENCRYPTED_ROOM_NOTICE } from "../messages.ts";
import { plainNoticeContent } from "../outgoing/content.ts";
import { kvKeys } from "../state/storage-provider.ts";

/**
 * Says once per room, in plain text, that the bot cannot read encrypted messages: only when end-to-end encryption
 * is not configured (no MATRIX_CRYPTO_PASSPHRASE); with it, encrypted rooms simply work.
 */
export async function sendEncryptionNotice(ctx: BotContext, roomId: string): Promise<void> {
  if (ctx.crypto.incoming) return;
  if ((await ctx.store.kv.get(kvKeys.encryptionNotice(roomId))) !== undefined) return;
  await ctx.sender.sendEvent(
    roomId,
    "m.room.message",
    plainNoticeContent(ENCRYPTED_ROOM_NOTICE),
    `encrypted:${roomId}`,
  );
  await ctx.store.kv.set(kvKeys.encryptionNotice(roomId), ctx.now().toISOString());
  ctx.log.info({ roomId }, "explained that encrypted rooms are not supported");
}

/** Sends the notice when a room the bot just joined is encrypted. */
export async function checkEncryption(ctx: BotContext, roomId: string): Promise<void> {
  try {
    await ctx.client.getRoomStateEvent(roomId, "m.room.encryption", "");
  } catch (error) {
    if ((error as { errcode?: string }).errcode === "M_NOT_FOUND") return;
    throw error;
  }
  await sendEncryptionNotice(ctx, roomId);
}
