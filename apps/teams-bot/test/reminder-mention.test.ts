import { openStore, type Store } from "@weerbaar/store";
import {
  type ChannelActivity,
  groupMessage,
  personalChat,
  personalMessage,
  teamChannel,
  teamsUser,
} from "@weerbaar/testing/bot-connector";
import pino from "pino";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { createTeamsReminders } from "../src/reminders.ts";
import { cardOf, textsOf } from "./support/cards.ts";
import { type BotUnderTest, NOW, startBot } from "./support/harness.ts";
import { realAssistant } from "./support/real-assistant.ts";
import { KNOWN_AAD } from "./support/scripted-assistant.ts";

const SUBSCRIBE = "abonneer dit kanaal op herinneringen";
// Monday 30 November 2026 10:00 Amsterdam; the day-before reminder is due Sunday 29 November 16:00 (15:00Z).
const MEETING = { start: new Date("2026-11-30T09:00:00Z"), end: new Date("2026-11-30T10:00:00Z") };
const DAY_BEFORE = new Date("2026-11-29T15:00:00Z");

describe("reminders @mention the organiser", () => {
  let t: BotUnderTest;
  let store: Store;
  let clock: Date;
  const anna = teamsUser("Anna de Vries", KNOWN_AAD);
  beforeEach(async () => {
    clock = NOW;
    store = await openStore("sqlite::memory:", { now: () => clock });
    t = await startBot({ assistant: await realAssistant(store, KNOWN_AAD), store });
  });
  afterEach(async () => {
    await t.close();
    await store.close();
  });

  /** Anna books a meeting with Leudal; at the day-before time the reminder goes out. Resolves with what was sent. */
  const deliverDayBefore = async (
    conversationId: string,
    alreadyPosted: number,
  ): Promise<ChannelActivity> => {
    const organizer = await store.staff.findByIdentity({ platform: "teams", aadObjectId: KNOWN_AAD });
    const organizerId = organizer?.id ?? "?";
    await store.appointments.book(
      { bodyCode: "GM1640", organizerId, ...MEETING },
      { actorId: organizerId, channel: "test" },
    );
    const reminders = createTeamsReminders({
      store,
      sendProactive: t.bot.sendProactive,
      logger: pino({ level: "silent" }),
      now: () => clock,
      workerId: "teams-test",
    });
    clock = DAY_BEFORE;
    expect((await reminders.tick()).sent).toHaveLength(1);
    const posted = await t.connector.waitForReplies(conversationId, alreadyPosted + 1);
    const reminder = posted[alreadyPosted];
    if (!reminder) throw new Error("no reminder posted");
    return reminder;
  };

  it("a channel reminder carries a mention entity of the organiser", async () => {
    const channel = teamChannel();
    const subscribe = groupMessage(t.connector.context, { user: anna, chat: channel, text: SUBSCRIBE });
    expect((await t.connector.post(subscribe)).status).toBe(200);
    await t.connector.waitForReplies(subscribe.conversation?.id ?? "", 1);

    const card = cardOf(await deliverDayBefore(channel.channelId, 0));
    expect(textsOf(card)).toContain("Organisator: <at>Anna de Vries</at>");
    expect((card as { msteams?: unknown }).msteams).toEqual({
      width: "Full",
      entities: [
        {
          type: "mention",
          text: "<at>Anna de Vries</at>",
          mentioned: { id: KNOWN_AAD, name: "Anna de Vries" },
        },
      ],
    });
    expect(card.fallbackText).toContain("Organisator: Anna de Vries");
  });

  it("a personal chat reminder names the organiser without a mention", async () => {
    const chat = personalChat();
    expect(
      (await t.connector.post(personalMessage(t.connector.context, { user: anna, chat, text: SUBSCRIBE })))
        .status,
    ).toBe(200);
    await t.connector.waitForReplies(chat.id, 1);

    const card = cardOf(await deliverDayBefore(chat.id, 1));
    expect(textsOf(card)).toContain("Organisator: Anna de Vries");
    expect(JSON.stringify(card)).not.toContain("<at>");
    expect((card as { msteams?: unknown }).msteams).toEqual({ width: "Full" });
  });
});
