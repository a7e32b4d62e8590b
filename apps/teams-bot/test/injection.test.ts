// Notes and names full of HTML, Adaptive Card JSON, markdown and SQL: stored exactly as given, shown as literal
// text in the Teams card (markdown markers escaped, no card structure smuggled in) and verbatim in plain text.
import { renderPlainText } from "@weerbaar/assistant";
import { openStore, type Store } from "@weerbaar/store";
import { personalChat, personalMessage, type TeamsChat, teamsUser } from "@weerbaar/testing/bot-connector";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { type CardJson, cardOf, elementTypesOf } from "./support/cards.ts";
import { type BotUnderTest, NOW, startBot } from "./support/harness.ts";
import { realAssistant } from "./support/real-assistant.ts";
import { KNOWN_AAD } from "./support/scripted-assistant.ts";

const HOSTILE = {
  html: '<b>vet</b><script>alert("x")</script><img src=x onerror=alert(1)> &amp; &lt;',
  card: '{"type":"AdaptiveCard","version":"1.5","body":[{"type":"Input.Text","id":"pw"}],"actions":[{"type":"Action.OpenUrl","url":"https://evil.example"}]}',
  sql: "Robert'); DROP TABLE survey_events; -- \" OR 1=1 --",
  markdown:
    "**vet** _schuin_ ~weg~ `code` [klik hier](https://evil.example) \\ {{DATE(2017-02-14T06:08:39Z, LONG)}}",
} as const;

/** Every string Teams renders with its markdown subset: TextBlock texts and FactSet titles and values. */
function renderedTexts(card: CardJson): string[] {
  const texts: string[] = [];
  const walk = (node: unknown) => {
    if (Array.isArray(node)) return node.forEach(walk);
    if (typeof node !== "object" || node === null) return;
    const record = node as Record<string, unknown>;
    if (record.type === "TextBlock" && typeof record.text === "string") texts.push(record.text);
    if (record.type === "FactSet" && Array.isArray(record.facts)) {
      for (const fact of record.facts as { title: string; value: string }[])
        texts.push(fact.title, fact.value);
    }
    for (const value of Object.values(record)) walk(value);
  };
  walk(card.body);
  return texts;
}

/** What a Teams client shows for an escaped text: backslash escapes resolved, the template breaker removed. */
function shown(text: string): string {
  return text.replace(/\{\u200B\{/g, "{{").replace(/\\(.)/g, "$1");
}

/** A markdown marker or template opener that is not escaped would be interpreted by Teams. */
function unescapedMarkup(text: string): string | undefined {
  const marker = /(?<!\\)(?:\\\\)*[*_~`[\]]/.exec(text.replace(/\\\\/g, ""));
  if (marker) return marker[0];
  if (text.includes("{{")) return "{{";
  return undefined;
}

describe("hostile notes and names on Teams and in plain text", () => {
  let store: Store;
  let t: BotUnderTest;
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

  const say = async (chat: TeamsChat, text: string) => {
    const before = t.connector.activitiesIn(chat.id).length;
    const response = await t.connector.post(personalMessage(t.connector.context, { user, chat, text }));
    expect(response.status).toBe(200);
    const all = await t.connector.waitForReplies(chat.id, before + 1);
    return { card: cardOf(all[before]), reply: assistant.replies.at(-1) };
  };

  const expectLiteral = (card: CardJson, expected: string) => {
    const texts = renderedTexts(card);
    expect(
      texts.some((text) => shown(text).includes(expected)),
      JSON.stringify(texts),
    ).toBe(true);
    for (const text of texts) expect(unescapedMarkup(text), text).toBeUndefined();
    // The card JSON inside a note stays a string: no inputs or links were added to the card.
    const types = elementTypesOf(card);
    expect(types.has("Input.Text")).toBe(false);
    expect(types.has("Action.OpenUrl")).toBe(false);
    expect(JSON.stringify(card.actions ?? [])).not.toContain("evil.example");
  };

  it.each(Object.entries(HOSTILE))(
    "stores a %s note verbatim and shows it as text",
    async (_kind, hostile) => {
      const chat = personalChat();
      const text = `Leudal heeft geen protocol ${hostile}`;
      const recorded = await say(chat, text);
      expect(recorded.reply?.intent).toBe("survey_updated");
      expect((await store.survey.current("GM1640")).note).toBe(text);
      expect(await store.survey.history("GM1640")).toHaveLength(1);

      const { card, reply } = await say(chat, "hoe staat Leudal ervoor?");
      expect(reply?.intent).toBe("body_status");
      expectLiteral(card, text);
      expect(renderPlainText(reply as NonNullable<typeof reply>)).toContain(text);
    },
  );

  it.each(Object.entries(HOSTILE))(
    "stores a contact named with %s verbatim and lists it as text",
    async (_kind, hostile) => {
      const name = `Jan ${hostile}\n- geen lijst\n# geen kop\n1. geen nummer`;
      await store.contacts.add(
        { bodyCode: "GM1640", name, role: "clerk" },
        { actorId: "system", channel: "test" },
      );
      expect((await store.contacts.list({ bodyCode: "GM1640" })).map((c) => c.name)).toEqual([name]);

      const { card, reply } = await say(personalChat(), "contactpersonen van Leudal");
      expect(reply?.intent).toBe("show_contacts");
      expectLiteral(card, name.split("\n")[0] as string);
      for (const text of renderedTexts(card)) {
        // Line starts that Teams would turn into a list or heading are escaped too.
        expect(text).not.toMatch(/^\s*(?:[-+>#]|\d+\.)\s/m);
      }
      const plain = renderPlainText(reply as NonNullable<typeof reply>);
      expect(plain).toContain(`Jan ${hostile}`);
    },
  );

  it("escapes markdown in the text of a refusal that quotes the user's account", async () => {
    const stranger = teamsUser("**Onbekend** [x](https://evil.example)", "not-a-staff-member_*[]");
    const chat = personalChat();
    await t.connector.post(personalMessage(t.connector.context, { user: stranger, chat, text: "help" }));
    const [reply] = await t.connector.waitForReplies(chat.id, 1);
    const card = cardOf(reply);
    expect(assistant.replies.at(-1)?.intent).toBe("refused");
    expectLiteral(card, "teams:not-a-staff-member_*[]");
  });
});
