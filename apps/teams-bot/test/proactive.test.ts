import { createReply } from "@weerbaar/assistant";
import {
  botAdded,
  installationUpdate,
  personalChat,
  teamChannel,
  teamsUser,
} from "@weerbaar/testing/bot-connector";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { cardOf } from "./support/cards.ts";
import { type BotUnderTest, startBot } from "./support/harness.ts";
import { KNOWN_AAD, scriptedAssistant } from "./support/scripted-assistant.ts";

const reminder = createReply({
  lang: "nl",
  intent: "reminder_due",
  title: "Herinnering",
  blocks: [{ type: "paragraph", text: "Morgen 13:30: afspraak met Leudal." }],
});

describe("proactive messages", () => {
  let t: BotUnderTest;
  const user = teamsUser("Anna de Vries", KNOWN_AAD);
  beforeEach(async () => {
    t = await startBot({ assistant: scriptedAssistant() });
  });
  afterEach(async () => t.close());

  it("stores the channel's reference when the bot is added to a team, and posts a reminder there", async () => {
    const channel = teamChannel();
    expect((await t.connector.post(botAdded(t.connector.context, { chat: channel, by: user }))).status).toBe(
      200,
    );
    const stored = await t.store.conversationRefs.get(channel.channelId);
    expect(stored).toMatchObject({ active: true, reference: { conversation: { id: channel.channelId } } });

    const id = await t.bot.sendProactive(channel.channelId, reminder, { deliveryKey: "reminder:1:teams" });
    const [posted] = await t.connector.waitForReplies(channel.channelId, 1);
    expect(posted?.id).toBe(id);
    expect(cardOf(posted).fallbackText).toContain("Morgen 13:30: afspraak met Leudal.");
    const call = t.connector.calls.find((c) => c.assignedId === id);
    expect(t.connector.tokens.isBotToken(call?.authorization?.replace("Bearer ", "") ?? "")).toBe(true);
  });

  it("does not post a delivery twice: the same key returns the recorded activity id", async () => {
    const chat = personalChat();
    await t.connector.post(installationUpdate(t.connector.context, { chat, by: user, action: "add" }));
    const first = await t.bot.sendProactive(chat.id, reminder, { deliveryKey: "reminder:2:teams" });
    const again = await t.bot.sendProactive(chat.id, reminder, { deliveryKey: "reminder:2:teams" });
    expect(again).toBe(first);
    expect(await t.store.kv.get("teams:delivery:reminder:2:teams")).toBe(first);
    // The welcome on installation and one reminder.
    const posted = t.connector.activitiesIn(chat.id);
    expect(posted).toHaveLength(2);
    expect(String(posted[0]?.text)).toContain("Hallo, ik ben Weerbaar");
  });
});
