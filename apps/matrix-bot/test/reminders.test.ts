import { join } from "node:path";
import { createAssistant } from "@weerbaar/assistant";
import { ChannelGoneError, txnIdOf } from "@weerbaar/reminders";
import { openStore, type Store } from "@weerbaar/store";
import { isReplyTo } from "@weerbaar/testing/synapse";
import { MatrixError } from "matrix-bot-sdk";
import { pino } from "pino";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { MatrixBot } from "../src/bot.ts";
import { createMatrixReminders, matrixReminderSender } from "../src/reminders.ts";
import { bodyOf, createWorld, directRoom, fromBot, startBot, type World } from "./support/world.ts";

describe("reminders through a real Synapse", () => {
  let world: World;
  let store: Store;
  let bot: MatrixBot;
  // Saturday 28 November 2026 13:00 Amsterdam; moved by hand.
  let clock = new Date("2026-11-28T12:00:00Z");

  beforeAll(async () => {
    world = await createWorld();
    store = await openStore(`sqlite:${join(world.dir, "reminders.db")}`, { now: () => clock });
    bot = await startBot(world, store, {
      assistant: createAssistant({ store, now: () => clock, admins: [`matrix:${world.alice.userId}`] }),
    });
  });
  afterAll(async () => {
    await bot?.stop();
    await store?.close();
    await world?.close();
  });

  it("subscribes a room in chat, then delivers a meeting's day-before reminder there exactly once", async () => {
    const roomId = await directRoom(world, world.alice);
    const asked = await world.alice.sendText(roomId, "abonneer dit kanaal op herinneringen");
    const answer = await world.alice.waitForEvent(roomId, (e) => isReplyTo(e, asked), 15_000);
    expect(bodyOf(answer)).toContain("Dit kanaal krijgt nu herinneringen voor:");
    const [subscription] = await store.subscriptions.list({
      platform: "matrix",
      channelId: roomId,
      kind: "meetings",
    });
    expect(subscription).toBeDefined();
    // Monday 30 November 2026 10:00 Amsterdam, organised by whoever subscribed the room.
    await store.appointments.book(
      {
        bodyCode: "GM1640",
        organizerId: subscription?.createdBy ?? "?",
        start: new Date("2026-11-30T09:00:00Z"),
        end: new Date("2026-11-30T10:00:00Z"),
        location: "Gemeentehuis Leudal",
      },
      { actorId: subscription?.createdBy ?? "?", channel: "test" },
    );
    const reminders = createMatrixReminders({
      store,
      bot,
      logger: pino({ level: "silent" }),
      now: () => clock,
      workerId: "matrix-test",
    });
    expect((await reminders.tick()).sent).toEqual([]);
    clock = new Date("2026-11-29T15:00:00Z");
    const report = await reminders.tick();
    expect(report.sent).toHaveLength(1);
    const arrived = await world.alice.waitForEvent(
      roomId,
      (e) => bodyOf(e).includes("Morgen om 10:00"),
      15_000,
    );
    expect(arrived.event_id).toBe(report.sent[0]?.platformMessageId);
    expect(bodyOf(arrived)).toContain("Gemeentehuis Leudal");
    // A resend with the same transaction id (a crash before recording) is the same event; later ticks send nothing.
    const again = await bot.sendToRoom(
      roomId,
      { lang: "nl", intent: "x", blocks: [], actions: [], attachments: [], data: {} },
      {
        txnId: txnIdOf(report.sent[0]?.key ?? ""),
      },
    );
    expect(again).toBe(arrived.event_id);
    clock = new Date("2026-11-29T15:05:00Z");
    expect((await reminders.tick()).sent).toEqual([]);
    const fromTheBot = await world.alice.collectFor(roomId, fromBot(world), 1500);
    expect(fromTheBot.filter((e) => bodyOf(e).includes("gesprek met Leudal"))).toHaveLength(1);
  });

  it("turns a room the bot cannot post in into ChannelGoneError", async () => {
    const sender = matrixReminderSender({
      sendToRoom: async () => {
        throw new MatrixError({ errcode: "M_FORBIDDEN", error: "not in room" }, 403);
      },
    });
    const reply = { lang: "nl" as const, intent: "x", blocks: [], actions: [], attachments: [], data: {} };
    await expect(
      sender({ key: "k", txnId: "t", platform: "matrix", channelId: "!r:hs", reply, dueAt: clock }),
    ).rejects.toBeInstanceOf(ChannelGoneError);
  });
});
