// Activities are checked against the schema (src/teams/activity-schema.ts) before any turn: a malformed one is
// answered 400 with the reason, logged as a warning, and never reaches the assistant or the channel. Well-formed
// activities of every kind the bot handles, with fields the bot does not know, still pass.
import {
  botAdded,
  type ChannelActivity,
  cardSubmit,
  groupChat,
  groupMessage,
  installationUpdate,
  personalChat,
  personalMessage,
  teamsUser,
} from "@weerbaar/testing/bot-connector";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { capturedLogger, type LogLine } from "./support/captured-logger.ts";
import { type BotUnderTest, startBot } from "./support/harness.ts";
import { KNOWN_AAD, scriptedAssistant } from "./support/scripted-assistant.ts";

/** The activity with `key` left out, as a channel that forgot it would send it. */
function without(activity: ChannelActivity, key: string): ChannelActivity {
  const { [key]: _dropped, ...rest } = activity;
  return rest as ChannelActivity;
}

describe("activities are checked against the schema before any turn", () => {
  let t: BotUnderTest;
  let lines: LogLine[];
  const assistant = scriptedAssistant();
  const user = teamsUser("Anna de Vries", KNOWN_AAD);

  beforeAll(async () => {
    const captured = capturedLogger();
    lines = captured.lines;
    t = await startBot({ assistant, logger: captured.logger });
  });
  afterAll(async () => t?.close());
  beforeEach(() => {
    lines.length = 0;
    assistant.calls.length = 0;
  });

  const message = (changes: Record<string, unknown> = {}): ChannelActivity => ({
    ...personalMessage(t.connector.context, { user, chat: personalChat(), text: "hoe staat Leudal ervoor?" }),
    ...changes,
  });

  /** Posts a signed activity that must be refused: 400 with `reason`, a warning, no turn, nothing sent. */
  const expectRefused = async (activity: ChannelActivity, reason: string) => {
    const callsBefore = t.connector.calls.length;
    const response = await t.connector.post(activity);
    expect(response.status).toBe(400);
    expect(JSON.parse(response.body)).toEqual({ error: "invalid activity", reason });
    expect(lines.filter((l) => l.event === "activity_invalid")).toEqual([
      expect.objectContaining({ level: 40, reason }),
    ]);
    expect(lines.filter((l) => l.event === "turn_started")).toEqual([]);
    expect(assistant.calls).toEqual([]);
    expect(t.connector.calls.slice(callsBefore)).toEqual([]);
  };

  it("refuses a text that is not a string", async () => {
    await expectRefused(message({ text: { value: "hoe staat Leudal ervoor?" } }), "text: expected string");
  });

  it("refuses an activity without a type, or with an empty one", async () => {
    await expectRefused(without(message(), "type") as ChannelActivity, "type: required");
    lines.length = 0;
    await expectRefused(message({ type: "" }), "type: expected a non-empty string");
  });

  it("refuses an activity without a conversation, or with a conversation without an id", async () => {
    await expectRefused(without(message(), "conversation"), "conversation: required");
    lines.length = 0;
    await expectRefused(
      message({ conversation: { conversationType: "personal" } }),
      "conversation.id: required",
    );
  });

  it("refuses an activity without a sender, or with a sender without an id", async () => {
    await expectRefused(without(message(), "from"), "from: required");
    lines.length = 0;
    await expectRefused(message({ from: { name: "Anna de Vries" } }), "from.id: required");
  });

  it("refuses an activity without a recipient (the bot)", async () => {
    await expectRefused(without(message(), "recipient"), "recipient: required");
  });

  it("refuses entities that are not a list", async () => {
    await expectRefused(message({ entities: { type: "mention" } }), "entities: expected array");
  });

  it("refuses entities that are not objects with a string type", async () => {
    await expectRefused(message({ entities: ["mention"] }), "entities.0: expected object");
    lines.length = 0;
    await expectRefused(message({ entities: [{ type: 7 }] }), "entities.0.type: expected string");
  });

  it("refuses a mention that does not say whom it mentions", async () => {
    const chat = groupChat();
    const mention = groupMessage(t.connector.context, { user, chat, text: "hoe staat Leudal ervoor?" });
    await expectRefused(
      { ...mention, entities: [{ type: "mention", text: "<at>Weerbaar</at>" }] },
      "entities.0.mentioned: required in a mention",
    );
  });

  it("refuses channel data that is not an object, or names its tenant oddly", async () => {
    await expectRefused(message({ channelData: "msteams" }), "channelData: expected object");
    lines.length = 0;
    await expectRefused(
      message({ channelData: { tenant: { id: 42 } } }),
      "channelData.tenant.id: expected string",
    );
  });

  it("refuses a locale that is not a string", async () => {
    await expectRefused(message({ locale: ["nl-NL"] }), "locale: expected string");
  });

  it("refuses a service URL that is not an http(s) URL (where replies would go)", async () => {
    await expectRefused(message({ serviceUrl: "file:///etc/passwd" }), "serviceUrl: expected an http(s) URL");
  });

  it("refuses a timestamp that is not a date", async () => {
    await expectRefused(message({ timestamp: "yesterday" }), "timestamp: expected a date");
  });

  it("refuses a conversation update whose added members are not a list of accounts", async () => {
    const update = botAdded(t.connector.context, { chat: groupChat(), by: user });
    await expectRefused({ ...update, membersAdded: { id: "28:bot" } }, "membersAdded: expected array");
    lines.length = 0;
    await expectRefused({ ...update, membersAdded: [null] }, "membersAdded.0: expected object");
  });

  it("refuses an installation update whose action is not a string", async () => {
    const update = installationUpdate(t.connector.context, { chat: personalChat(), by: user, action: "add" });
    await expectRefused({ ...update, action: 1 }, "action: expected string");
  });

  it("refuses a body that is no activity at all", async () => {
    const response = await fetch(`${t.url}/api/messages`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: "[]",
    });
    expect(response.status).toBe(400);
    expect(await response.json()).toEqual({ error: "invalid activity", reason: "activity: expected object" });
  });

  describe("well-formed activities still pass", () => {
    it("a personal message with fields the bot does not know, at every level", async () => {
      const activity = message();
      const chat = activity.conversation?.id ?? "";
      const conversation = { ...activity.conversation, name: null } as { id: string };
      const response = await t.connector.post({
        ...activity,
        newChannelField: { nested: [1, 2] },
        from: { ...(activity.from as object), userPrincipalName: "anna@example.org" },
        conversation,
        channelData: { ...(activity.channelData as object), settings: { selectedChannel: { id: "x" } } },
        entities: [{ type: "clientInfo", locale: "nl-NL" }, { type: "https://schema.org/Message" }],
      });
      expect(response.status).toBe(200);
      expect(await t.connector.waitForReplies(chat, 1)).toHaveLength(1);
      expect(assistant.calls.map((c) => c.text)).toEqual(["hoe staat Leudal ervoor?"]);
      expect(lines.filter((l) => l.event === "activity_invalid")).toEqual([]);
    });

    it("a group message that @mentions the bot", async () => {
      const chat = groupChat();
      const response = await t.connector.post(
        groupMessage(t.connector.context, { user, chat, text: "hoe staat Leudal ervoor?" }),
      );
      expect(response.status).toBe(200);
      expect(await t.connector.waitForReplies(chat.id, 1)).toHaveLength(1);
    });

    it("a card's button press (a message with a value and no text)", async () => {
      const chat = personalChat();
      const submit = cardSubmit(t.connector.context, {
        user,
        chat,
        value: { weerbaarReplyId: "00000000-0000-4000-8000-000000000000", weerbaarValue: "nee" },
        replyToId: "1700000000000",
      });
      expect((await t.connector.post(submit)).status).toBe(200);
      expect(assistant.calls.map((c) => c.text)).toEqual(["nee"]);
    });

    it("a conversation update and an installation update", async () => {
      const chat = groupChat();
      expect((await t.connector.post(botAdded(t.connector.context, { chat, by: user }))).status).toBe(200);
      const install = installationUpdate(t.connector.context, { chat, by: user, action: "add" });
      expect((await t.connector.post(install)).status).toBe(200);
      expect(await t.connector.waitForReplies(chat.id, 1)).toHaveLength(1);
    });

    it("an invoke (a Universal Actions button press)", async () => {
      const { text: _text, entities: _entities, ...envelope } = message();
      const response = await t.connector.post({
        ...envelope,
        type: "invoke",
        name: "adaptiveCard/action",
        value: { action: { type: "Action.Execute", verb: "answer", data: { weerbaarValue: "nee" } } },
      });
      expect(response.status).not.toBe(400);
      expect(lines.filter((l) => l.event === "activity_invalid")).toEqual([]);
      expect(lines.filter((l) => l.event === "turn_started")).toHaveLength(1);
    });
  });
});
