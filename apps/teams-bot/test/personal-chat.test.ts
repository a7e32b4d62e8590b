import { personalChat, personalMessage, teamsUser } from "@weerbaar/testing/bot-connector";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { cardOf, elementTypesOf, textsOf } from "./support/cards.ts";
import { type BotUnderTest, startBot } from "./support/harness.ts";
import { KNOWN_AAD, scriptedAssistant } from "./support/scripted-assistant.ts";

describe("personal chat through the connector emulator", () => {
  let t: BotUnderTest;
  let assistant: ReturnType<typeof scriptedAssistant>;
  const user = teamsUser("Anna de Vries", KNOWN_AAD);
  beforeEach(async () => {
    assistant = scriptedAssistant();
    t = await startBot({ assistant });
  });
  afterEach(async () => t.close());

  const ask = async (text: string, locale = "nl-NL") => {
    const chat = personalChat();
    const response = await t.connector.post(
      personalMessage(t.connector.context, { user, chat, text, locale }),
    );
    expect(response.status).toBe(200);
    const [reply] = await t.connector.waitForReplies(chat.id, 1);
    return { chat, reply };
  };

  it("answers with an Adaptive Card 1.5 of facts, a summary and plain-text fallback", async () => {
    const { reply } = await ask("hoe staat Leudal ervoor?");
    const card = cardOf(reply);
    expect(card).toMatchObject({ type: "AdaptiveCard", version: "1.5" });
    expect(card.body).toContainEqual({
      type: "FactSet",
      facts: [
        { title: "Protocol", value: "aanwezig" },
        { title: "Gebruik", value: "ligt op de plank" },
      ],
    });
    expect(reply?.summary).toBe("Leudal");
    expect(card.fallbackText).toContain("Protocol: aanwezig");
    expect(assistant.calls[0]).toMatchObject({
      text: "hoe staat Leudal ervoor?",
      isDirect: true,
      langHint: "nl",
      identity: { platform: "teams", aadObjectId: KNOWN_AAD, tenantId: t.connector.context.tenantId },
      displayName: "Anna de Vries",
    });
    expect(assistant.calls[0]?.conversationId).toMatch(/^teams:a:/);
  });

  it("shows markdown and HTML in data literally", async () => {
    const { reply } = await ask("hoe staat Leudal ervoor?");
    expect(textsOf(cardOf(reply))).toContain("Let op: \\*\\*geen\\*\\* gedragscode <b>bekend</b>");
  });

  it("renders tables as a 1.5 Table, groups as containers, and offers the next page", async () => {
    const { reply } = await ask("welke gemeenten in Limburg hebben geen protocol?");
    const card = cardOf(reply);
    expect(elementTypesOf(card).has("Table")).toBe(true);
    expect(textsOf(card)).toEqual(
      expect.arrayContaining(["Venlo", "Noord-Limburg (1)", "• Weert", "Pagina 1 van 2 (4 totaal)"]),
    );
    expect(card.actions?.map((a) => [a.title, a.data?.weerbaarValue])).toEqual([
      ["Volgende pagina", "volgende"],
    ]);
  });

  it("passes an English locale as the language hint", async () => {
    await ask("which municipalities in Limburg have no protocol?", "en-GB");
    expect(assistant.calls[0]?.langHint).toBe("en");
  });

  it("serves image attachments from the bot under an unguessable URL", async () => {
    const { reply } = await ask("toon de kaart");
    const image = cardOf(reply).body.find((e) => e.type === "Image") as { url: string; altText: string };
    expect(image.altText).toBe("Kaart van Limburg");
    expect(image.url).toMatch(new RegExp(`^${t.url}/files/[A-Za-z0-9_-]{43}$`));
    const served = await fetch(image.url);
    expect(served.status).toBe(200);
    expect(served.headers.get("content-type")).toBe("image/png");
    expect(new Uint8Array(await served.arrayBuffer())).toEqual(
      new Uint8Array([0x89, 0x50, 0x4e, 0x47, 1, 2, 3]),
    );
    expect((await fetch(`${t.url}/files/${"A".repeat(43)}`)).status).toBe(404);
  });

  it("keeps a long result under Teams' 28 KB limit and says what was left out", async () => {
    const { reply } = await ask("geef de lange lijst");
    expect(Buffer.byteLength(JSON.stringify(reply), "utf8")).toBeLessThan(28 * 1024);
    expect(textsOf(cardOf(reply)).some((text) => text.startsWith("Ingekort:"))).toBe(true);
  });

  it("signs its replies with the token the channel issued (no MSAL)", async () => {
    await ask("hoe staat Leudal ervoor?");
    const replies = t.connector.calls.filter((c) => c.kind === "reply" || c.kind === "send");
    expect(replies).toHaveLength(1);
    const token = replies[0]?.authorization?.replace(/^Bearer /, "") ?? "";
    expect(t.connector.tokens.isBotToken(token)).toBe(true);
  });
});
