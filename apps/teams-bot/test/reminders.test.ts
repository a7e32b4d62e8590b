import { ChannelGoneError } from "@weerbaar/reminders";
import { openStore, type Store } from "@weerbaar/store";
import { personalChat, personalMessage, teamsUser } from "@weerbaar/testing/bot-connector";
import pino from "pino";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { createTeamsReminders, teamsReminderSender } from "../src/reminders.ts";
import { TeamsConversationGoneError } from "../src/teams/errors.ts";
import { cardOf } from "./support/cards.ts";
import { type BotUnderTest, NOW, startBot } from "./support/harness.ts";
import { realAssistant } from "./support/real-assistant.ts";
import { KNOWN_AAD } from "./support/scripted-assistant.ts";

describe("reminders through the Teams connector emulator", () => {
  let t: BotUnderTest;
  let store: Store;
  let clock: Date;
  const user = teamsUser("Anna de Vries", KNOWN_AAD);
  beforeEach(async () => {
    clock = NOW;
    store = await openStore("sqlite::memory:", { now: () => clock });
    t = await startBot({ assistant: await realAssistant(store, KNOWN_AAD), store });
  });
  afterEach(async () => {
    await t.close();
    await store.close();
  });

  it("subscribes a personal chat in chat, then delivers a meeting's day-before reminder there exactly once", async () => {
    const chat = personalChat();
    const response = await t.connector.post(
      personalMessage(t.connector.context, { user, chat, text: "abonneer dit kanaal op herinneringen" }),
    );
    expect(response.status).toBe(200);
    const [subscribed] = await t.connector.waitForReplies(chat.id, 1);
    expect(JSON.stringify(cardOf(subscribed))).toContain("Dit kanaal krijgt nu herinneringen voor:");
    const staff = await store.staff.findByIdentity({ platform: "teams", aadObjectId: KNOWN_AAD });
    // Monday 30 November 2026 10:00 Amsterdam; the day-before reminder is Sunday 29 November 16:00 (15:00Z).
    await store.appointments.book(
      {
        bodyCode: "GM1640",
        organizerId: staff?.id ?? "?",
        start: new Date("2026-11-30T09:00:00Z"),
        end: new Date("2026-11-30T10:00:00Z"),
        location: "Gemeentehuis Leudal",
      },
      { actorId: staff?.id ?? "?", channel: "test" },
    );
    const reminders = createTeamsReminders({
      store,
      sendProactive: t.bot.sendProactive,
      logger: pino({ level: "silent" }),
      now: () => clock,
      workerId: "teams-test",
      onTick: t.bot.metrics.reminderRound,
    });
    expect((await reminders.tick()).sent).toEqual([]);
    clock = new Date("2026-11-29T15:00:00Z");
    const report = await reminders.tick();
    expect(report.sent).toHaveLength(1);
    const posted = await t.connector.waitForReplies(chat.id, 2);
    const reminder = posted[1];
    expect(reminder?.id).toBe(report.sent[0]?.platformMessageId);
    expect(cardOf(reminder).fallbackText).toContain("Morgen om 10:00: gesprek met Leudal.");
    // Another tick, and another instance, send nothing more.
    clock = new Date("2026-11-29T15:05:00Z");
    expect((await reminders.tick()).sent).toEqual([]);
    const second = createTeamsReminders({
      store,
      sendProactive: t.bot.sendProactive,
      logger: pino({ level: "silent" }),
      now: () => clock,
      workerId: "teams-test-2",
    });
    expect((await second.tick()).sent).toEqual([]);
    expect(t.connector.activitiesIn(chat.id)).toHaveLength(2);
    const metrics = await (await fetch(`${t.url}/metrics`)).text();
    expect(metrics).toContain('weerbaar_reminder_deliveries_total{platform="teams",outcome="sent"} 1\n');
  });

  it("turns a gone conversation into ChannelGoneError", async () => {
    const sender = teamsReminderSender(async (channelId) => {
      throw new TeamsConversationGoneError(channelId, "removed");
    });
    const reply = { lang: "nl" as const, intent: "x", blocks: [], actions: [], attachments: [], data: {} };
    await expect(
      sender({ key: "k", txnId: "t", platform: "teams", channelId: "a:1", reply, dueAt: NOW }),
    ).rejects.toBeInstanceOf(ChannelGoneError);
  });
});
