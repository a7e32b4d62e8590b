import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
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
    expect((await fetch(`${t.url}/readyz`)).status).toBe(200);
    await store.close();
    for (const path of ["/healthz", "/readyz"]) {
      const down = await fetch(`${t.url}${path}`);
      expect(down.status, path).toBe(503);
      expect(await down.json()).toEqual({ status: "unavailable" });
    }
    const live = await fetch(`${t.url}/livez`);
    expect(live.status).toBe(200);
    expect(await live.json()).toEqual({ status: "ok" });
  });

  it("once it stops accepting, answers new activities with 503 and says it is not ready", async () => {
    t = await startBot({ assistant: scriptedAssistant(), auth: "local", allowedTenants: [] });
    // A second server on the same app, which stopAccepting does not close: it sees what a kept-alive connection sees.
    const server = createServer(t.bot.app);
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    try {
      t.bot.stopAccepting();
      await expect(fetch(`${t.url}/livez`)).rejects.toThrow();
      const chat = personalChat();
      const activity = personalMessage(t.connector.context, {
        user: teamsUser("Anna", KNOWN_AAD),
        chat,
        text: "hoe staat Leudal ervoor?",
      });
      const refused = await fetch(`${url}/api/messages`, {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify(activity),
      });
      expect(refused.status).toBe(503);
      expect(refused.headers.get("retry-after")).toBe("5");
      const ready = await fetch(`${url}/readyz`);
      expect(ready.status).toBe(503);
      expect(await ready.json()).toEqual({ status: "stopping" });
      expect((await fetch(`${url}/livez`)).status).toBe(200);
      expect(t.connector.calls).toHaveLength(0);
      expect(t.bot.inFlight.count).toBe(0);
    } finally {
      server.closeAllConnections();
      server.close();
    }
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
