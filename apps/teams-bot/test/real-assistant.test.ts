import { openStore, type Store } from "@weerbaar/store";
import {
  cardSubmit,
  groupMessage,
  personalChat,
  personalMessage,
  type TeamsChat,
  teamChannel,
  teamsUser,
} from "@weerbaar/testing/bot-connector";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { cardOf, textsOf } from "./support/cards.ts";
import { type BotUnderTest, NOW, startBot } from "./support/harness.ts";
import { realAssistant } from "./support/real-assistant.ts";
import { KNOWN_AAD } from "./support/scripted-assistant.ts";

describe("the real assistant over a real SQLite store, through the connector emulator", () => {
  let t: BotUnderTest;
  let store: Store;
  let assistant: Awaited<ReturnType<typeof realAssistant>>;
  const user = teamsUser("Anna de Vries", KNOWN_AAD);
  beforeEach(async () => {
    store = await openStore("sqlite::memory:", { now: () => NOW });
    assistant = await realAssistant(store, KNOWN_AAD);
    t = await startBot({ assistant, store });
  });
  afterEach(async () => {
    await t.close();
    await store.close();
  });

  const say = async (chat: TeamsChat, text: string, locale = "nl-NL") => {
    const before = t.connector.activitiesIn(chat.id).length;
    const response = await t.connector.post(
      personalMessage(t.connector.context, { user, chat, text, locale }),
    );
    expect(response.status).toBe(200);
    const all = await t.connector.waitForReplies(chat.id, before + 1);
    return all[before];
  };

  it("shows the status of a municipality as a FactSet card", async () => {
    const reply = await say(personalChat(), "hoe staat Leudal ervoor?");
    const card = cardOf(reply);
    expect(card.body[0]).toMatchObject({ type: "TextBlock", text: "Leudal" });
    const facts = card.body.find((e) => e.type === "FactSet") as { facts: { title: string }[] };
    expect(facts.facts.map((f) => f.title)).toEqual(expect.arrayContaining(["Protocol", "Gedragscode"]));
    expect(assistant.replies.at(-1)?.intent).toBe("body_status");
  });

  it("answers in English to an English question", async () => {
    const card = cardOf(await say(personalChat(), "how is Venlo doing?", "en-US"));
    expect(textsOf(card)).toContain("Venlo");
    expect(JSON.stringify(card)).toContain('"title":"Code of conduct"');
  });

  it("records a survey answer and shows it in the next status", async () => {
    const chat = personalChat();
    const recorded = cardOf(await say(chat, "Leudal heeft een protocol maar het ligt op de plank"));
    expect(textsOf(recorded)).toContain("Vastgelegd.");
    const status = cardOf(await say(chat, "hoe staat Leudal ervoor?"));
    expect(JSON.stringify(status)).toContain("protocol aanwezig");
    const staff = await store.staff.findByIdentity({ platform: "teams", aadObjectId: KNOWN_AAD });
    const audit = await store.audit.list({ actorId: staff?.id ?? "?" });
    expect(audit.map((entry) => entry.channel)).toContainEqual(expect.stringMatching(/^teams/));
  });

  it("lets the user pick between two municipalities with card buttons; a second click does nothing", async () => {
    const chat = personalChat();
    const question = await say(chat, "hoe staat Bergen ervoor?");
    const card = cardOf(question);
    const limburg = card.actions?.find((a) => a.title.includes("Limburg"));
    // Pressed here through its Action.Submit fallback, as a Teams client without Universal Actions does.
    expect(limburg?.fallback?.type).toBe("Action.Submit");
    const click = () =>
      t.connector.post(
        cardSubmit(t.connector.context, {
          user,
          chat,
          value: { ...limburg?.data },
          replyToId: question?.id ?? "",
        }),
      );
    expect((await click()).status).toBe(200);
    const [, answer] = await t.connector.waitForReplies(chat.id, 2);
    expect(cardOf(answer).body[0]).toMatchObject({ type: "TextBlock", text: "Bergen (L.)" });
    const update = t.connector.calls.find((c) => c.kind === "update" && c.activityId === question?.id);
    expect(cardOf(update?.activity).actions ?? []).toEqual([]);
    expect(
      textsOf(cardOf(update?.activity)).some((text) => text.includes("Gekozen: gemeente Bergen (L.)")),
    ).toBe(true);

    const callsBefore = assistant.calls.length;
    expect((await click()).status).toBe(200);
    expect(assistant.calls.length).toBe(callsBefore);
  });

  it("pages a long list: the card offers the next page and the button brings it", async () => {
    const chat = personalChat();
    const first = await say(chat, "welke gemeenten hebben een onbekend protocol?");
    const card = cardOf(first);
    expect(textsOf(card).some((text) => /^Pagina 1 van \d+/.test(text))).toBe(true);
    expect(Buffer.byteLength(JSON.stringify(first), "utf8")).toBeLessThan(28 * 1024);
    const next = card.actions?.find((a) => a.title === "Volgende pagina");
    expect(next?.data?.weerbaarValue).toBeTruthy();
    await t.connector.post(
      cardSubmit(t.connector.context, { user, chat, value: { ...next?.data }, replyToId: first?.id ?? "" }),
    );
    const replies = await t.connector.waitForReplies(chat.id, 2);
    expect(textsOf(cardOf(replies[1])).some((text) => /^Pagina 2 van \d+/.test(text))).toBe(true);
  });

  it("answers an @mention in a team channel with grouped results", async () => {
    const chat = personalChat();
    await say(chat, "Venlo heeft geen protocol");
    const channel = teamChannel();
    const message = groupMessage(t.connector.context, {
      user,
      chat: channel,
      text: "welke gemeenten in Limburg hebben geen protocol?",
    });
    await t.connector.post(message);
    const [reply] = await t.connector.waitForReplies(message.conversation?.id ?? "", 1);
    expect(textsOf(cardOf(reply))).toEqual(expect.arrayContaining(["Limburg (1)", "• Venlo"]));
    expect(assistant.calls.at(-1)?.text).toBe("welke gemeenten in Limburg hebben geen protocol?");
  });

  it("refuses a Teams user who is not staff, politely", async () => {
    const chat = personalChat();
    await t.connector.post(
      personalMessage(t.connector.context, {
        user: teamsUser("Onbekend"),
        chat,
        text: "hoe staat Leudal ervoor?",
      }),
    );
    const [reply] = await t.connector.waitForReplies(chat.id, 1);
    expect(cardOf(reply).fallbackText).toMatch(/^Sorry, ik werk alleen voor medewerkers/);
    expect(assistant.replies.at(-1)?.intent).toBe("refused");
  });
});
