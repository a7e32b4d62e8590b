import { createReply } from "@weerbaar/assistant";
import {
  botAdded,
  installationUpdate,
  personalChat,
  personalMessage,
  teamChannel,
  teamsUser,
} from "@weerbaar/testing/bot-connector";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { TeamsConversationGoneError } from "../src/teams/errors.ts";
import { type BotUnderTest, startBot } from "./support/harness.ts";
import { KNOWN_AAD, scriptedAssistant } from "./support/scripted-assistant.ts";

const reminder = createReply({
  lang: "nl",
  intent: "reminder_due",
  blocks: [{ type: "paragraph", text: "Herinnering" }],
});

describe("the bot removed from a conversation", () => {
  let t: BotUnderTest;
  const user = teamsUser("Anna de Vries", KNOWN_AAD);
  beforeEach(async () => {
    t = await startBot({ assistant: scriptedAssistant() });
  });
  afterEach(async () => t.close());

  it.each([
    [403, "removed"],
    [404, "not_found"],
  ] as const)(
    "deactivates the reference on a %i from the channel instead of retrying",
    async (status, reason) => {
      const channel = teamChannel();
      await t.connector.post(botAdded(t.connector.context, { chat: channel, by: user }));
      t.connector.failConversation(channel.channelId, status);

      const attempt = t.bot.sendProactive(channel.channelId, reminder, { deliveryKey: `r:${status}` });
      await expect(attempt).rejects.toBeInstanceOf(TeamsConversationGoneError);
      await expect(attempt).rejects.toMatchObject({ channelId: channel.channelId, reason });
      expect((await t.store.conversationRefs.get(channel.channelId))?.active).toBe(false);

      const callsBefore = t.connector.calls.length;
      await expect(
        t.bot.sendProactive(channel.channelId, reminder, { deliveryKey: `r:${status}:2` }),
      ).rejects.toMatchObject({
        reason: "inactive",
      });
      expect(t.connector.calls.length).toBe(callsBefore);
    },
  );

  it("deactivates the reference when the app is uninstalled", async () => {
    const chat = personalChat();
    await t.connector.post(installationUpdate(t.connector.context, { chat, by: user, action: "add" }));
    expect((await t.store.conversationRefs.get(chat.id))?.active).toBe(true);
    await t.connector.post(installationUpdate(t.connector.context, { chat, by: user, action: "remove" }));
    expect((await t.store.conversationRefs.get(chat.id))?.active).toBe(false);
    const audit = await t.store.audit.list({ entityType: "conversation_ref" });
    expect(audit.map((entry) => [entry.action, entry.actorId])).toContainEqual([
      "conversation_ref.deactivated",
      `teams:${KNOWN_AAD}`,
    ]);
  });

  it("deactivates the reference when a reply in a turn is refused, and still answers Teams 200", async () => {
    const chat = personalChat();
    t.connector.failConversation(chat.id, 403);
    const response = await t.connector.post(
      personalMessage(t.connector.context, { user, chat, text: "hoe staat Leudal ervoor?" }),
    );
    expect(response.status).toBe(200);
    expect((await t.store.conversationRefs.get(chat.id))?.active).toBe(false);
  });

  it("refuses a proactive send to a conversation it never saw", async () => {
    await expect(
      t.bot.sendProactive("19:unknown@thread.tacv2", reminder, { deliveryKey: "x" }),
    ).rejects.toMatchObject({
      reason: "unknown",
    });
  });
});
