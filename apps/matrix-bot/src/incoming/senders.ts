import type { BotContext } from "../bot-context.ts";
import { kvKeys } from "../state/storage-provider.ts";

/** How often someone not on the staff list is let through to the assistant (which refuses them, naming their id). */
export const STRANGER_PERIOD_MS = 24 * 3600_000;

/**
 * The loop guard for an event the bot would act on. Its own events and other bots' (every `m.notice`) never get
 * this far (see message.ts and room-event.ts). Staff are always answered. Anyone else, a bot that writes m.text
 * included, gets through once a day: the assistant's refusal tells a person their id so an admin can add them,
 * and two bots can never keep each other talking.
 */
export async function mayTakeUp(ctx: BotContext, userId: string): Promise<boolean> {
  if (userId === ctx.self.userId) return false;
  if (await ctx.store.staff.findByIdentity({ platform: "matrix", userId })) return true;
  const key = kvKeys.stranger(userId);
  const last = await ctx.store.kv.get(key);
  const now = ctx.now();
  if (last !== undefined && now.getTime() - Date.parse(last) < STRANGER_PERIOD_MS) {
    ctx.log.debug({ event: "stranger_ignored", userId }, "ignored a sender not on the staff list");
    return false;
  }
  await ctx.store.kv.set(key, now.toISOString());
  return true;
}
