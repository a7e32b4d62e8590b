import {
  botAdded,
  personalChat,
  personalMessage,
  teamChannel,
  teamsUser,
} from "@weerbaar/testing/bot-connector";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { type BotUnderTest, OTHER_TENANT, startBot, TENANT } from "./support/harness.ts";
import { KNOWN_AAD, scriptedAssistant } from "./support/scripted-assistant.ts";

describe("a tenant that is not on the allow-list", () => {
  let t: BotUnderTest;
  let assistant: ReturnType<typeof scriptedAssistant>;
  const user = teamsUser("Iemand Anders", KNOWN_AAD);
  beforeEach(async () => {
    assistant = scriptedAssistant();
    t = await startBot({ assistant, tenant: OTHER_TENANT });
  });
  afterEach(async () => t.close());

  it("gets HTTP 403 for messages and installs, and nothing is stored or answered", async () => {
    const chat = personalChat();
    const message = await t.connector.post(
      personalMessage(t.connector.context, { user, chat, text: "hoe staat Leudal ervoor?" }),
    );
    expect(message.status).toBe(403);
    const channel = teamChannel();
    const added = await t.connector.post(botAdded(t.connector.context, { chat: channel, by: user }));
    expect(added.status).toBe(403);

    expect(assistant.calls).toHaveLength(0);
    expect(t.connector.calls).toHaveLength(0);
    expect(await t.store.conversationRefs.listActive()).toEqual([]);
    expect(await t.store.conversationRefs.get(chat.id)).toBeUndefined();
    expect(await t.store.audit.list()).toEqual([]);
  });
});

describe("an activity whose conversation.tenantId and channelData.tenant.id disagree", () => {
  let t: BotUnderTest;
  let assistant: ReturnType<typeof scriptedAssistant>;
  const user = teamsUser("Anna", KNOWN_AAD);
  beforeEach(async () => {
    assistant = scriptedAssistant();
    t = await startBot({ assistant, allowedTenants: [TENANT, OTHER_TENANT] });
  });
  afterEach(async () => t.close());

  it("is refused with 403 before any turn, whichever field names the other tenant", async () => {
    const chat = personalChat();
    const forged = personalMessage(t.connector.context, { user, chat, text: "hoe staat Leudal ervoor?" });
    const inChannelData = { ...forged, channelData: { tenant: { id: OTHER_TENANT } } };
    const inConversation = {
      ...forged,
      conversation: { ...(forged.conversation as { id: string }), tenantId: OTHER_TENANT },
    };
    for (const activity of [inChannelData, inConversation]) {
      const response = await t.connector.post(activity);
      expect(response.status).toBe(403);
      expect(JSON.parse(response.body)).toEqual({ error: "tenant mismatch" });
    }

    expect(assistant.calls).toHaveLength(0);
    expect(t.connector.calls).toHaveLength(0);
    expect(await t.store.conversationRefs.get(chat.id)).toBeUndefined();
    expect(await t.store.audit.list()).toEqual([]);
  });

  it("is answered when both fields name the same allowed tenant", async () => {
    const chat = personalChat();
    const response = await t.connector.post(
      personalMessage(t.connector.context, { user, chat, text: "hoe staat Leudal ervoor?" }),
    );
    expect(response.status).toBe(200);
    expect(await t.connector.waitForReplies(chat.id, 1)).toHaveLength(1);
  });
});
