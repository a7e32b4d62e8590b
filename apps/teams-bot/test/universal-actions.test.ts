// Card buttons are Action.Execute (Adaptive Cards Universal Actions): Teams sends an `adaptiveCard/action` invoke
// and shows the card of the invoke response to the presser; the bot also updates the message, which is what the
// other members see. The open card refreshes itself for the asker only (refresh.userIds).
import { renderPlainText } from "@weerbaar/assistant";
import { cardExecute, groupChat, type TeamsChat, teamChannel } from "@weerbaar/testing/bot-connector";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import {
  ask,
  cardEveryoneSees,
  press,
  refresh,
  responseCard,
  type SharedChat,
  startSharedChat,
} from "./support/card-actions.ts";
import { cardOf, textsOf } from "./support/cards.ts";

const ROERMOND = "GM0957";

describe("Universal Actions: the asker answers with an Action.Execute button", () => {
  let s: SharedChat;
  beforeEach(async () => {
    s = await startSharedChat();
  });
  afterEach(async () => s.close());

  const chats: [string, () => TeamsChat][] = [
    ["a channel", teamChannel],
    ["a group chat", groupChat],
  ];

  it.each(chats)(
    "in %s: the card comes back answered, for everyone, and the write happens once",
    async (_, chat) => {
      const where = chat();
      const question = await ask(s.t, s.anna, where, "Roermodn heeft geen protocol");
      expect(question.card.actions?.map((a) => a.type)).toEqual(["Action.Execute", "Action.Execute"]);

      const answer = responseCard(await press(s.t, s.anna, where, question, "ja"));
      expect(answer.actions ?? []).toEqual([]);
      expect(answer.refresh).toBeUndefined();
      expect(textsOf(answer).at(-1)).toMatch(/^✔ Gekozen: Ja/);
      // The message itself was updated: the other members see the same answered card.
      expect(cardEveryoneSees(s.t.connector, question)).toEqual(answer);

      // The assistant's answer is posted in the conversation, as after a typed "ja".
      const [, result] = await s.t.connector.waitForReplies(question.thread, 2);
      const written = s.assistant.replies.at(-1);
      expect(written?.intent).toBe("survey_updated");
      expect(cardOf(result).fallbackText).toBe(written ? renderPlainText(written) : "");
      expect(await s.store.survey.history(ROERMOND)).toHaveLength(1);

      // Pressing again (a double click, a second device): the answered card, and nothing more is written.
      const again = responseCard(await press(s.t, s.anna, where, question, "nee"));
      expect(again).toEqual(answer);
      expect(await s.store.survey.history(ROERMOND)).toHaveLength(1);
      expect((await s.store.survey.current(ROERMOND)).protocol).toBe("none");
      expect(s.assistant.calls.map((c) => c.text)).toEqual(["Roermodn heeft geen protocol", "ja"]);
    },
  );

  it("answers an Action.Execute that is not a Weerbaar button with an error, and other invokes not at all", async () => {
    const chat = groupChat();
    const stranger = cardExecute(s.t.connector.context, {
      user: s.anna,
      chat,
      action: { verb: "approve", data: { deployId: "d-1" } },
      replyToId: "1:unknown",
    });
    const response = await s.t.connector.post(stranger);
    expect(response.status).toBe(200);
    expect(JSON.parse(response.body)).toEqual({
      statusCode: 400,
      type: "application/vnd.microsoft.error",
      value: { code: "BadRequest", message: "not a Weerbaar card action" },
    });
    const taskFetch = { ...stranger, name: "task/fetch" };
    expect((await s.t.connector.post(taskFetch)).status).toBe(501);
    expect(s.assistant.calls).toEqual([]);
  });

  it("keeps the open card live for the asker only: refresh.userIds holds her Teams id", async () => {
    const channel = teamChannel();
    const question = await ask(s.t, s.anna, channel, "Roermodn heeft geen protocol");
    expect(question.card.refresh).toEqual({
      action: {
        type: "Action.Execute",
        verb: "weerbaar.refresh",
        data: { weerbaarReplyId: question.card.actions?.[0]?.data?.weerbaarReplyId },
      },
      userIds: [s.anna.id],
    });
  });

  it("answers a refresh with the card as it is now: open with its buttons, then answered", async () => {
    const chat = groupChat();
    const question = await ask(s.t, s.anna, chat, "Roermodn heeft geen protocol");
    expect(responseCard(await refresh(s.t, s.anna, chat, question))).toEqual(question.card);
    const answered = responseCard(await press(s.t, s.anna, chat, question, "nee"));
    expect(responseCard(await refresh(s.t, s.anna, chat, question))).toEqual(answered);
    // A refresh only reads: the assistant heard the question and the one answer.
    expect(s.assistant.calls.map((c) => c.text)).toEqual(["Roermodn heeft geen protocol", "nee"]);
    expect(await s.store.survey.history(ROERMOND)).toHaveLength(0);
  });
});
