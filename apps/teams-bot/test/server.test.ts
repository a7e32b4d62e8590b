import { openStore } from "@weerbaar/store";
import { personalChat, personalMessage, teamsUser } from "@weerbaar/testing/bot-connector";
import pino from "pino";
import { afterEach, describe, expect, it } from "vitest";
import { createTeamsBot } from "../src/bot.ts";
import { type BotUnderTest, NOW, startBot, TENANT } from "./support/harness.ts";
import { KNOWN_AAD, scriptedAssistant } from "./support/scripted-assistant.ts";

describe("the HTTP server", () => {
  let t: BotUnderTest | undefined;
  afterEach(async () => {
    await t?.close();
    t = undefined;
  });

  it("answers 400 to bodies without an activity type and keeps running", async () => {
    t = await startBot({ assistant: scriptedAssistant() });
    for (const body of ["{}", "[]", '{"type":""}', "not json", '{"type": 5}']) {
      const response = await fetch(`${t.url}/api/messages`, {
        method: "POST",
        headers: { "content-type": "application/json" },
        body,
      });
      expect(response.status, body).toBe(400);
    }
    expect((await fetch(`${t.url}/healthz`)).status).toBe(200);
  });

  it("reports health from the database", async () => {
    const store = await openStore("sqlite::memory:", { now: () => NOW });
    t = await startBot({ assistant: scriptedAssistant(), store });
    expect(await (await fetch(`${t.url}/healthz`)).json()).toEqual({ status: "ok" });
    await store.close();
    const down = await fetch(`${t.url}/healthz`);
    expect(down.status).toBe(503);
  });

  it("serves no calendar until a provider is wired", async () => {
    t = await startBot({ assistant: scriptedAssistant() });
    expect((await fetch(`${t.url}/calendar/abcdefghijklmnopqrstuvwx.ics`)).status).toBe(404);
  });

  it("serves a calendar feed from the injected provider, 404 for unknown tokens", async () => {
    const store = await openStore("sqlite::memory:", { now: () => NOW });
    const bot = createTeamsBot({
      assistant: scriptedAssistant(),
      store,
      auth: { mode: "local" },
      allowedTenants: [],
      logger: pino({ level: "silent" }),
      now: () => NOW,
      calendar: async (token) =>
        token === "abcdefghijklmnopqrstuvwx" ? "BEGIN:VCALENDAR\r\nEND:VCALENDAR\r\n" : undefined,
    });
    const server = await bot.listen();
    try {
      const feed = await fetch(`${server.url}/calendar/abcdefghijklmnopqrstuvwx.ics`);
      expect(feed.status).toBe(200);
      expect(feed.headers.get("content-type")).toBe("text/calendar; charset=utf-8");
      expect(await feed.text()).toContain("BEGIN:VCALENDAR");
      expect((await fetch(`${server.url}/calendar/zzzzzzzzzzzzzzzzzzzzzzzz.ics`)).status).toBe(404);
    } finally {
      await server.close();
      await store.close();
    }
  });

  it("in local mode accepts activities without a token (Agents Playground)", async () => {
    t = await startBot({ assistant: scriptedAssistant(), auth: "local" });
    const chat = personalChat();
    const response = await t.connector.post(
      personalMessage(t.connector.context, {
        user: teamsUser("Anna", KNOWN_AAD),
        chat,
        text: "hoe staat Leudal ervoor?",
      }),
      { token: "none" },
    );
    expect(response.status).toBe(200);
    expect(await t.connector.waitForReplies(chat.id, 1)).toHaveLength(1);
  });

  it("refuses to build with an app id but no allowed tenants", () => {
    expect(() =>
      createTeamsBot({
        assistant: scriptedAssistant(),
        store: {} as never,
        auth: { mode: "azure", appId: TENANT, appPassword: "x" },
        allowedTenants: [],
      }),
    ).toThrow(/TEAMS_ALLOWED_TENANTS/);
  });
});
