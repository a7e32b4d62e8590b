// botbuilder as a value: import this only from code that runs inside a turn (see lazy-framework.ts).
import type { IntervalTimer } from "@weerbaar/reminders";
import { ActivityTypes, type TurnContext } from "botbuilder";

/**
 * How long the assistant may take before the user sees "typing…". Most answers come well within it (no indicator
 * flickering before every card); a chart, a map or an export that takes longer shows it.
 */
export const TYPING_DELAY_MS = 400;

/** How often the indicator is renewed while the work goes on: Teams drops it after a few seconds (botbuilder's 2 s). */
export const TYPING_PERIOD_MS = 2000;

/**
 * Runs `work` and, if it has not finished within TYPING_DELAY_MS, sends `typing` activities to the turn's
 * conversation every TYPING_PERIOD_MS until it has. The caller's reply goes after `work`, and this resolves only
 * once a typing activity in flight is out, so "typing…" never lands after the answer. A typing activity that
 * fails is reported to `onError` and does not fail the work.
 *
 * Not botbuilder's ShowTypingMiddleware: that runs around every message turn (also group chatter the bot ignores
 * and repeated card clicks) on the global setTimeout, and may send typing while the reply is on its way.
 */
export async function whileTyping<T>(
  context: TurnContext,
  timer: IntervalTimer,
  work: () => Promise<T>,
  onError: (error: unknown) => void,
): Promise<T> {
  let done = false;
  let sending = Promise.resolve();
  const send = () => {
    sending = sending
      .then(async () => {
        if (!done) await context.sendActivity({ type: ActivityTypes.Typing });
      })
      .catch(onError);
  };
  let cancel = timer.every(TYPING_DELAY_MS, () => {
    cancel();
    cancel = timer.every(TYPING_PERIOD_MS, send);
    send();
  });
  try {
    return await work();
  } finally {
    done = true;
    cancel();
    await sending;
  }
}
