// Slow turns show "typing…": when the assistant has not answered within TYPING_DELAY_MS (a chart or map renders
// for a second or more), the bot sends a typing activity, renewed every TYPING_PERIOD_MS, and then the answer.
// The typing timer is a manual one: the test says when the time has passed, nothing waits for real.
import type { Assistant } from "@weerbaar/assistant";
import { type ManualTimer, manualTimer } from "@weerbaar/reminders";
import { openStore, type Store } from "@weerbaar/store";
import { personalChat, personalMessage, teamsUser } from "@weerbaar/testing/bot-connector";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { cardOf } from "./support/cards.ts";
import { type BotUnderTest, NOW, startBot } from "./support/harness.ts";
import { type RecordingAssistant, realAssistant } from "./support/real-assistant.ts";
import { KNOWN_AAD } from "./support/scripted-assistant.ts";

/**
 * The real assistant, with the typing timer fired `ticks` times while it works (as time passes meanwhile); each
 * tick waits until its typing activity has reached the channel, as the real 2 s between them would.
 */
function takingItsTime(
  assistant: Assistant,
  timer: ManualTimer,
  ticks: number,
  typingsSent: () => number,
): Assistant {
  return {
    async handle(message) {
      const answer = assistant.handle(message);
      for (let tick = 1; tick <= ticks; tick++) {
        timer.fire();
        await vi.waitFor(() => expect(typingsSent()).toBe(tick));
      }
      return answer;
    },
  };
}

describe("the typing indicator of slow turns", () => {
  let store: Store;
  let real: RecordingAssistant;
  let timer: ManualTimer;
  let t: BotUnderTest | undefined;
  const user = teamsUser("Anna de Vries", KNOWN_AAD);

  beforeEach(async () => {
    store = await openStore("sqlite::memory:", { now: () => NOW });
    real = await realAssistant(store, KNOWN_AAD);
    timer = manualTimer();
  });
  afterEach(async () => {
    await t?.close();
    t = undefined;
    await store.close();
  });

  /** Typing activities the bot has sent so far, in any conversation. */
  const typingsSent = () => t?.connector.calls.filter((c) => c.activity?.type === "typing").length ?? 0;
  const slowly = (ticks: number) => takingItsTime(real, timer, ticks, typingsSent);

  const ask = async (text: string) => {
    const chat = personalChat();
    const response = await t?.connector.post(personalMessage(t.connector.context, { user, chat, text }));
    expect(response?.status).toBe(200);
    return { chat, activities: t?.connector.activitiesIn(chat.id) ?? [] };
  };

  it("sends typing before the reply to a map request that takes longer than a moment", async () => {
    t = await startBot({ assistant: slowly(1), store, typingTimer: timer });
    const { activities } = await ask("toon een kaart van Limburg");
    expect(activities.map((a) => a.type)).toEqual(["typing", "message"]);
    expect(real.replies[0]?.attachments[0]).toMatchObject({ kind: "image", mimeType: "image/png" });
    expect(JSON.stringify(cardOf(activities[1]))).toContain('"type":"Image"');
    // Typing answers the user's message like the reply does, so in a channel it shows in the thread.
    const replies = t.connector.calls.filter((c) => c.kind === "reply");
    expect(replies.map((c) => c.activity?.type)).toEqual(["typing", "message"]);
    expect(new Set(replies.map((c) => c.activityId)).size).toBe(1);
    expect(timer.active).toBe(0);
  });

  it("renews the indicator while the work goes on, and stops at the reply", async () => {
    t = await startBot({ assistant: slowly(3), store, typingTimer: timer });
    const { activities } = await ask("toon een kaart van Limburg");
    expect(activities.map((a) => a.type)).toEqual(["typing", "typing", "typing", "message"]);
    // Nothing is scheduled after the reply: no "typing…" under the answer.
    expect(timer.active).toBe(0);
  });

  it("sends no typing when the answer comes within the delay", async () => {
    t = await startBot({ assistant: slowly(0), store, typingTimer: timer });
    const { activities } = await ask("toon een kaart van Limburg");
    expect(activities.map((a) => a.type)).toEqual(["message"]);
    expect(timer.active).toBe(0);
  });
});
