import type { BotContext } from "../bot-context.ts";
import { UNSURE_NOTICE } from "../messages.ts";
import { plainNoticeContent } from "../outgoing/content.ts";
import { markRead } from "../outgoing/receipts.ts";
import { whileTyping } from "../outgoing/typing.ts";
import { kvKeys } from "../state/storage-provider.ts";
import { type Answer, runTurn } from "./turn.ts";

/**
 * Answers an event at most once: it is marked handled and claimed in one transaction, and the claim goes when
 * the answer is out. An event seen again with its claim still there was taken up by a run that stopped before
 * answering (the assistant's writes are not idempotent, so it is not run again). Its sender is told instead,
 * under the answer's own transaction id, so the homeserver drops that notice if the answer did go out.
 */
export async function answerOnce(ctx: BotContext, eventId: string, a: Answer): Promise<void> {
  ctx.inFlight.enter();
  try {
    await answerOnceInFlight(ctx, eventId, a);
  } finally {
    ctx.inFlight.leave();
  }
}

async function answerOnceInFlight(ctx: BotContext, eventId: string, a: Answer): Promise<void> {
  const { store } = ctx;
  a.log.debug({ event: "turn_started", roomId: a.roomId }, "turn started");
  const claimed = await store.transaction(async (tx) => {
    if (!(await tx.kv.markProcessed(eventId))) return false;
    await tx.kv.set(kvKeys.claimed(eventId), ctx.now().toISOString());
    return true;
  });
  if (claimed) {
    // Taken up: read, and typing until the answer is out.
    await markRead(ctx, a.roomId, eventId, a.log);
    await whileTyping(ctx, a.roomId, a.log, () => runTurn(ctx, a));
    await store.kv.delete(kvKeys.claimed(eventId));
    return;
  }
  if ((await store.kv.get(kvKeys.claimed(eventId))) === undefined) return;
  await ctx.sender.sendEvent(
    a.roomId,
    "m.room.message",
    plainNoticeContent(UNSURE_NOTICE, a.target),
    a.txnKey,
  );
  await store.kv.delete(kvKeys.claimed(eventId));
  a.log.warn(
    { roomId: a.roomId, eventId },
    "an event taken up before a stop may be unhandled; told its sender",
  );
}
