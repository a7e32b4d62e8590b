import { openStore } from "@weerbaar/store";
import { personalChat, personalMessage, teamsUser } from "@weerbaar/testing/bot-connector";
import { afterEach, describe, expect, it } from "vitest";
import { type BotUnderTest, NOW, startBot } from "./support/harness.ts";
import { sampleValue, scrape } from "./support/metrics-text.ts";
import { KNOWN_AAD, scriptedAssistant } from "./support/scripted-assistant.ts";

const TURNS = 'weerbaar_turns_total{platform="teams",intent="body_status"}';
const TURN_COUNT = 'weerbaar_turn_duration_seconds_count{platform="teams"}';

describe("GET /metrics on the Teams bot", () => {
  let t: BotUnderTest | undefined;
  afterEach(async () => {
    await t?.close();
    t = undefined;
  });

  it("counts a turn under its intent with its latency, and shows no message text or names", async () => {
    t = await startBot({ assistant: scriptedAssistant() });
    const before = await scrape(t.url);
    expect(sampleValue(before, TURNS)).toBeUndefined();
    const chat = personalChat();
    const user = teamsUser("Anna de Vries", KNOWN_AAD);
    const response = await t.connector.post(
      personalMessage(t.connector.context, { user, chat, text: "hoe staat Leudal ervoor?" }),
    );
    expect(response.status).toBe(200);
    await t.connector.waitForReplies(chat.id, 1);

    const after = await scrape(t.url);
    expect(sampleValue(after, TURNS)).toBe(1);
    expect(sampleValue(after, TURN_COUNT)).toBe(1);
    expect(sampleValue(after, 'weerbaar_turn_duration_seconds_sum{platform="teams"}')).toBeGreaterThan(0);
    for (const secret of ["Leudal", "hoe staat", "Anna", "Vries", KNOWN_AAD, chat.id]) {
      expect(after).not.toContain(secret);
    }
    expect(after).toContain("process_cpu_user_seconds_total");
    expect(after).toContain('weerbaar_email_deliveries_total{platform="teams",outcome="sent"} 0');
  });

  it("counts a failing readiness check as a database error", async () => {
    const store = await openStore("sqlite::memory:", { now: () => NOW });
    t = await startBot({ assistant: scriptedAssistant(), store });
    const errors = 'weerbaar_database_errors_total{platform="teams",source="readiness"}';
    expect(sampleValue(await scrape(t.url), errors)).toBe(0);
    await store.close();
    expect((await fetch(`${t.url}/readyz`)).status).toBe(503);
    expect(sampleValue(await scrape(t.url), errors)).toBe(1);
  });

  it("counts a database failure during a turn", async () => {
    const store = await openStore("sqlite::memory:", { now: () => NOW });
    t = await startBot({ assistant: scriptedAssistant(), store });
    await store.close();
    const chat = personalChat();
    const user = teamsUser("Anna de Vries", KNOWN_AAD);
    await t.connector.post(personalMessage(t.connector.context, { user, chat, text: "help" }));
    const text = await scrape(t.url);
    expect(sampleValue(text, 'weerbaar_database_errors_total{platform="teams",source="turn"}')).toBe(1);
  });
});
