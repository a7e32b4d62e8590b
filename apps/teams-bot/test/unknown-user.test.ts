import { personalChat, personalMessage, teamsUser } from "@weerbaar/testing/bot-connector";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { cardOf } from "./support/cards.ts";
import { type BotUnderTest, startBot } from "./support/harness.ts";
import { scriptedAssistant } from "./support/scripted-assistant.ts";

describe("a user who is not staff", () => {
  let t: BotUnderTest;
  beforeEach(async () => {
    t = await startBot({ assistant: scriptedAssistant() });
  });
  afterEach(async () => t.close());

  it("gets the assistant's polite refusal in their language", async () => {
    const chat = personalChat();
    const stranger = teamsUser("Onbekende Collega");
    await t.connector.post(
      personalMessage(t.connector.context, {
        user: stranger,
        chat,
        text: "how is Leudal doing?",
        locale: "en-US",
      }),
    );
    const [reply] = await t.connector.waitForReplies(chat.id, 1);
    expect(cardOf(reply).fallbackText).toMatch(/not a member/i);
  });
});
