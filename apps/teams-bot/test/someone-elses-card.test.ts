// A card's buttons belong to the person it answered. Someone else's press gets the assistant's "this question was
// for Anna" back in the invoke response (shown to the presser only), changes nothing for anyone and writes nothing;
// two people's open questions in one conversation never answer each other.
import { cardSubmit, groupChat, type TeamsChat, teamChannel } from "@weerbaar/testing/bot-connector";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import {
  ask,
  cardEveryoneSees,
  press,
  refusalOf,
  responseCard,
  type SharedChat,
  startSharedChat,
} from "./support/card-actions.ts";
import { cardOf, textsOf } from "./support/cards.ts";

const ROERMOND = "GM0957";
const VENLO = "GM0983";
const REFUSAL = "Deze vraag was voor Anna de Vries; er is niets veranderd.";

describe("someone else's card", () => {
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
    "in %s: a second person's press is refused, the card stays and nothing is written",
    async (_, chat) => {
      const where = chat();
      const question = await ask(s.t, s.anna, where, "Roermodn heeft geen protocol");
      const callsBefore = s.t.connector.calls.length;

      const refused = responseCard(await press(s.t, s.bert, where, question, "ja"));
      // Bert sees the card as it is, buttons and all, with why nothing happened under it.
      expect(refusalOf(refused)).toBe(REFUSAL);
      expect({ ...refused, body: refused.body.slice(0, -1) }).toEqual(question.card);
      // Nothing went to the conversation: no update, no message.
      expect(s.t.connector.calls.slice(callsBefore).filter((c) => c.kind !== "other")).toEqual([]);
      expect(cardEveryoneSees(s.t.connector, question)).toEqual(question.card);
      expect(await s.store.survey.history(ROERMOND)).toHaveLength(0);
      expect(s.assistant.calls.at(-1)).toMatchObject({
        text: "ja",
        identity: { aadObjectId: s.bert.aadObjectId },
        questionOf: { platform: "teams", aadObjectId: s.anna.aadObjectId },
      });

      // Anna's question is still hers to answer.
      const answered = responseCard(await press(s.t, s.anna, where, question, "ja"));
      expect(answered.actions ?? []).toEqual([]);
      expect(await s.store.survey.history(ROERMOND)).toHaveLength(1);
    },
  );

  it("keeps two people's questions in one channel thread apart, whoever presses what", async () => {
    const channel = teamChannel();
    const annas = await ask(s.t, s.anna, channel, "Roermodn heeft geen protocol");
    const berts = await ask(s.t, s.bert, channel, "Venloo heeft een protocol", annas.thread);
    expect(berts.thread).toBe(annas.thread);

    // Bert has a question of his own open; his "ja" on Anna's card must not answer it.
    expect(refusalOf(responseCard(await press(s.t, s.bert, channel, annas, "ja")))).toBe(REFUSAL);
    expect(refusalOf(responseCard(await press(s.t, s.anna, channel, berts, "ja")))).toBe(
      "Deze vraag was voor Bert Jansen; er is niets veranderd.",
    );
    expect(await s.store.survey.history(ROERMOND)).toHaveLength(0);
    expect(await s.store.survey.history(VENLO)).toHaveLength(0);

    // Each answers their own: Bert cancels, Anna confirms.
    expect(textsOf(responseCard(await press(s.t, s.bert, channel, berts, "nee"))).at(-1)).toMatch(
      /^✔ Gekozen: /,
    );
    expect(textsOf(responseCard(await press(s.t, s.anna, channel, annas, "ja"))).at(-1)).toMatch(
      /^✔ Gekozen: /,
    );
    expect((await s.store.survey.current(ROERMOND)).protocol).toBe("none");
    expect(await s.store.survey.history(VENLO)).toHaveLength(0);
    expect(s.assistant.replies.map((r) => r.intent).slice(-2)).toEqual(["cancelled", "survey_updated"]);
  });

  it("keeps two people's questions in one group chat apart", async () => {
    const chat = groupChat();
    const annas = await ask(s.t, s.anna, chat, "Roermodn heeft geen protocol");
    const berts = await ask(s.t, s.bert, chat, "Venloo heeft een protocol");
    expect(refusalOf(responseCard(await press(s.t, s.bert, chat, annas, "ja")))).toBe(REFUSAL);
    expect(await s.store.survey.history(VENLO)).toHaveLength(0);
    responseCard(await press(s.t, s.bert, chat, berts, "ja"));
    responseCard(await press(s.t, s.anna, chat, annas, "nee"));
    expect((await s.store.survey.current(VENLO)).protocol).not.toBe("unknown");
    expect(await s.store.survey.history(ROERMOND)).toHaveLength(0);
  });

  it("refuses the Action.Submit fallback of someone else's card too (a client without Universal Actions)", async () => {
    const chat = groupChat();
    const question = await ask(s.t, s.anna, chat, "Roermodn heeft geen protocol");
    const yes = question.card.actions?.find((a) => a.data?.weerbaarValue === "ja");
    const submit = cardSubmit(s.t.connector.context, {
      user: s.bert,
      chat,
      value: { ...yes?.fallback?.data },
      replyToId: question.activity.id ?? "",
    });
    expect((await s.t.connector.post(submit)).status).toBe(200);
    // Such a client gets no invoke response: the refusal is a message in the chat; the card is left alone.
    const [, refusal] = await s.t.connector.waitForReplies(chat.id, 2);
    expect(cardOf(refusal).fallbackText).toBe(REFUSAL);
    expect(s.t.connector.calls.some((c) => c.kind === "update")).toBe(false);
    expect(await s.store.survey.history(ROERMOND)).toHaveLength(0);
    // And Anna's own press through the fallback still answers it.
    await s.t.connector.post(
      cardSubmit(s.t.connector.context, {
        user: s.anna,
        chat,
        value: { ...yes?.fallback?.data },
        replyToId: question.activity.id ?? "",
      }),
    );
    expect(cardEveryoneSees(s.t.connector, question).actions ?? []).toEqual([]);
    expect(await s.store.survey.history(ROERMOND)).toHaveLength(1);
  });
});
