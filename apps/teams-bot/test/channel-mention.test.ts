import { groupChat, groupMessage, teamChannel, teamsUser } from "@weerbaar/testing/bot-connector";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { cardOf } from "./support/cards.ts";
import { type BotUnderTest, startBot } from "./support/harness.ts";
import { KNOWN_AAD, scriptedAssistant } from "./support/scripted-assistant.ts";

describe("channels and group chats", () => {
  let t: BotUnderTest;
  let assistant: ReturnType<typeof scriptedAssistant>;
  const user = teamsUser("Anna de Vries", KNOWN_AAD);
  beforeEach(async () => {
    assistant = scriptedAssistant();
    t = await startBot({ assistant });
  });
  afterEach(async () => t.close());

  it("answers an @mention in a channel in its thread, with the mention stripped", async () => {
    const channel = teamChannel();
    const message = groupMessage(t.connector.context, {
      user,
      chat: channel,
      text: "hoe staat Leudal ervoor?",
    });
    expect(message.text).toBe("<at>Weerbaar</at> hoe staat Leudal ervoor?");
    expect((await t.connector.post(message)).status).toBe(200);
    const thread = message.conversation?.id ?? "";
    expect(thread).toContain(";messageid=");
    const [reply] = await t.connector.waitForReplies(thread, 1);
    expect(cardOf(reply).body[0]).toMatchObject({ type: "TextBlock", text: "Leudal" });
    expect(t.connector.calls.find((c) => c.kind === "reply")?.activityId).toBe(message.id);
    expect(assistant.calls[0]).toMatchObject({
      text: "hoe staat Leudal ervoor?",
      isDirect: false,
      conversationId: `teams:${thread}`,
      channel: { platform: "teams", id: channel.channelId },
    });
  });

  it("ignores channel messages that do not mention it", async () => {
    const channel = teamChannel();
    const message = groupMessage(t.connector.context, {
      user,
      chat: channel,
      text: "hoe staat Leudal ervoor?",
      mention: false,
    });
    expect((await t.connector.post(message)).status).toBe(200);
    expect(assistant.calls).toHaveLength(0);
    expect(t.connector.calls.filter((c) => c.kind !== "other")).toHaveLength(0);
  });

  it("answers an @mention in a group chat and ignores the chatter around it", async () => {
    const chat = groupChat();
    await t.connector.post(
      groupMessage(t.connector.context, { user, chat, text: "wie haalt koffie?", mention: false }),
    );
    expect(assistant.calls).toHaveLength(0);
    await t.connector.post(
      groupMessage(t.connector.context, { user, chat, text: "hoe staat Leudal ervoor?" }),
    );
    const [reply] = await t.connector.waitForReplies(chat.id, 1);
    expect(cardOf(reply).fallbackText).toContain("Leudal");
    expect(assistant.calls.map((c) => c.text)).toEqual(["hoe staat Leudal ervoor?"]);
    expect(assistant.calls[0]?.isDirect).toBe(false);
  });
});
