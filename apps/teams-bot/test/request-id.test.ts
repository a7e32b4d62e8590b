import { personalChat, personalMessage, teamsUser } from "@weerbaar/testing/bot-connector";
import { afterEach, describe, expect, it } from "vitest";
import { capturedLogger } from "./support/captured-logger.ts";
import { type BotUnderTest, startBot } from "./support/harness.ts";
import { KNOWN_AAD, scriptedAssistant } from "./support/scripted-assistant.ts";

describe("request ids in the Teams bot's logs", () => {
  let t: BotUnderTest | undefined;
  afterEach(async () => {
    await t?.close();
    t = undefined;
  });

  it("puts the activity id on every line written during one turn", async () => {
    const { lines, logger } = capturedLogger();
    t = await startBot({ assistant: scriptedAssistant(), logger });
    const chat = personalChat();
    const activity = personalMessage(t.connector.context, {
      user: teamsUser("Anna", KNOWN_AAD),
      chat,
      text: "hoe staat Leudal ervoor?",
    });
    lines.length = 0;
    expect((await t.connector.post(activity)).status).toBe(200);
    await t.connector.waitForReplies(chat.id, 1);

    const events = lines.map((l) => l.event);
    expect(events).toEqual(expect.arrayContaining(["turn_started", "message_received", "reply_sent"]));
    expect(lines.map((l) => l.reqId)).toEqual(lines.map(() => activity.id));
  });

  it("makes up a request id for an activity without one, the same on every line of the turn", async () => {
    const { lines, logger } = capturedLogger();
    t = await startBot({ assistant: scriptedAssistant(), logger, auth: "local", allowedTenants: [] });
    const chat = personalChat();
    const { id: _none, ...activity } = personalMessage(t.connector.context, {
      user: teamsUser("Anna", KNOWN_AAD),
      chat,
      text: "help",
    });
    lines.length = 0;
    expect((await t.connector.post(activity, { token: "none" })).status).toBe(200);
    await t.connector.waitForReplies(chat.id, 1);
    const ids = new Set(lines.map((l) => l.reqId));
    expect(lines.length).toBeGreaterThan(1);
    expect(ids.size).toBe(1);
    expect([...ids][0]).toMatch(/^[0-9a-f-]{36}$/);
  });
});
