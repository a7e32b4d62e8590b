import { cardSubmit, personalChat, personalMessage, teamsUser } from "@weerbaar/testing/bot-connector";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { type OpenCard, openCardKey } from "../src/teams/reply-sender.ts";
import { cardOf, textsOf } from "./support/cards.ts";
import { type BotUnderTest, startBot } from "./support/harness.ts";
import { KNOWN_AAD, scriptedAssistant } from "./support/scripted-assistant.ts";

describe("card buttons", () => {
  let t: BotUnderTest;
  let assistant: ReturnType<typeof scriptedAssistant>;
  const user = teamsUser("Anna de Vries", KNOWN_AAD);
  beforeEach(async () => {
    assistant = scriptedAssistant();
    t = await startBot({ assistant });
  });
  afterEach(async () => t.close());

  const askToConfirm = async () => {
    const chat = personalChat();
    await t.connector.post(
      personalMessage(t.connector.context, {
        user,
        chat,
        text: "plan een afspraak met Leudal donderdag 26 oktober om 13:30",
      }),
    );
    const [confirm] = await t.connector.waitForReplies(chat.id, 1);
    return { chat, confirm, card: cardOf(confirm) };
  };

  it("offers each action as an Action.Execute with an Action.Submit fallback, both carrying its value and the reply id", async () => {
    const { card } = await askToConfirm();
    expect(card.actions?.map((a) => [a.type, a.title, a.data?.weerbaarValue])).toEqual([
      ["Action.Execute", "Ja", "ja"],
      ["Action.Execute", "Nee", "nee"],
    ]);
    expect(card.actions?.map((a) => [a.fallback?.type, a.fallback?.title, a.fallback?.data])).toEqual(
      card.actions?.map((a) => ["Action.Submit", a.title, a.data]),
    );
    expect(card.actions?.[0]?.data?.weerbaarReplyId).toBe(card.actions?.[1]?.data?.weerbaarReplyId);
  });

  it("hands the chosen value to the assistant and updates the card without its buttons", async () => {
    const { chat, confirm, card } = await askToConfirm();
    const data = card.actions?.[0]?.data;
    const submit = cardSubmit(t.connector.context, {
      user,
      chat,
      value: { ...data },
      replyToId: confirm?.id ?? "",
    });
    expect((await t.connector.post(submit)).status).toBe(200);
    expect(assistant.calls.map((c) => c.text)).toEqual([
      "plan een afspraak met Leudal donderdag 26 oktober om 13:30",
      "ja",
    ]);
    const update = t.connector.calls.find((c) => c.kind === "update");
    expect(update?.activityId).toBe(confirm?.id);
    const updated = cardOf(update?.activity);
    expect(updated.actions ?? []).toEqual([]);
    expect(textsOf(updated)).toEqual(expect.arrayContaining(["Afspraak plannen?", "✔ Gekozen: Ja"]));
    const [, result] = await t.connector.waitForReplies(chat.id, 2);
    expect(cardOf(result).fallbackText).toBe("Afspraak met Leudal gepland op do 26 okt 13:30.");
  });

  it("does nothing on a second click of the same card", async () => {
    const { chat, confirm, card } = await askToConfirm();
    const yes = card.actions?.[0]?.data;
    const no = card.actions?.[1]?.data;
    await t.connector.post(
      cardSubmit(t.connector.context, { user, chat, value: { ...yes }, replyToId: confirm?.id ?? "" }),
    );
    const before = t.connector.calls.length;
    const second = await t.connector.post(
      cardSubmit(t.connector.context, { user, chat, value: { ...no }, replyToId: confirm?.id ?? "" }),
    );
    expect(second.status).toBe(200);
    expect(t.connector.calls.length).toBe(before);
    expect(assistant.calls.map((c) => c.text)).toEqual([
      "plan een afspraak met Leudal donderdag 26 oktober om 13:30",
      "ja",
    ]);
  });

  it("passes the card's language with a button answer, not the Teams locale (regression: Dutch dialog went English)", async () => {
    const { chat, confirm, card } = await askToConfirm();
    const submit = cardSubmit(t.connector.context, {
      user,
      chat,
      value: { ...card.actions?.[0]?.data },
      replyToId: confirm?.id ?? "",
      locale: "en-US",
    });
    await t.connector.post(submit);
    expect(assistant.calls.map((c) => c.langHint)).toEqual(["nl", "nl"]);
  });

  it("still closes a card kept before Universal Actions (kept without its buttons, no asker)", async () => {
    const { chat, confirm, card } = await askToConfirm();
    const data = card.actions?.[0]?.data;
    const key = openCardKey(data?.weerbaarReplyId ?? "");
    const kept = JSON.parse((await t.store.kv.get(key)) ?? "{}") as OpenCard;
    const { actions: _buttons, refresh: _refresh, ...withoutButtons } = kept.card;
    const { asker: _asker, ...old } = { ...kept, card: withoutButtons };
    await t.store.kv.set(key, JSON.stringify(old));
    await t.connector.post(
      cardSubmit(t.connector.context, { user, chat, value: { ...data }, replyToId: confirm?.id ?? "" }),
    );
    const updated = cardOf(t.connector.calls.find((c) => c.kind === "update")?.activity);
    expect(updated.actions ?? []).toEqual([]);
    expect(textsOf(updated).at(-1)).toBe("✔ Gekozen: Ja");
    expect(assistant.calls.map((c) => c.text)).toEqual([
      "plan een afspraak met Leudal donderdag 26 oktober om 13:30",
      "ja",
    ]);
  });

  it("ignores submits that are not Weerbaar buttons", async () => {
    const chat = personalChat();
    await t.connector.post(
      cardSubmit(t.connector.context, { user, chat, value: { something: "else" }, replyToId: "1:unknown" }),
    );
    expect(assistant.calls.map((c) => c.text)).toEqual(["help"]);
  });
});
