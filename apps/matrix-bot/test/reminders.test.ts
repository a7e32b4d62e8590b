import { createAssistant } from "@weerbaar/assistant";
import { ChannelGoneError, txnIdOf } from "@weerbaar/reminders";
import { isReplyTo } from "@weerbaar/testing/synapse";
import { MatrixError } from "matrix-bot-sdk";
import { pino } from "pino";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createMatrixReminders, matrixReminderSender } from "../src/reminders.ts";
import { type MatrixScenario, matrixScenario } from "./support/fixture.ts";
import { bodyOf, fromBot } from "./support/world.ts";

describe("reminders through a real Synapse", () => {
  let t: MatrixScenario;
  // Saturday 28 November 2026 13:00 Amsterdam; moved by hand.
  let clock = new Date("2026-11-28T12:00:00Z");

  beforeAll(async () => {
    t = await matrixScenario({
      staff: [],
      now: () => clock,
      assistant: (store, world) =>
        createAssistant({ store, now: () => clock, admins: [`matrix:${world.alice.userId}`] }),
    });
  });
  afterAll(() => t?.cleanup());

  it("subscribes a room in chat, then delivers a meeting's day-before reminder there exactly once", async () => {
    const roomId = await t.directRoom(t.alice);
    const asked = await t.alice.sendText(roomId, "abonneer dit kanaal op herinneringen");
    const answer = await t.alice.waitForEvent(roomId, (e) => isReplyTo(e, asked), 15_000);
    expect(bodyOf(answer)).toContain("Dit kanaal krijgt nu herinneringen voor:");
    const [subscription] = await t.store.subscriptions.list({
      platform: "matrix",
      channelId: roomId,
      kind: "meetings",
    });
    expect(subscription).toBeDefined();
    // Monday 30 November 2026 10:00 Amsterdam, organised by whoever subscribed the room.
    await t.store.appointments.book(
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
      store: t.store,
      bot: t.bot,
      logger: pino({ level: "silent" }),
      now: () => clock,
      workerId: "matrix-test",
    });
    expect((await reminders.tick()).sent).toEqual([]);
    clock = new Date("2026-11-29T15:00:00Z");
    const report = await reminders.tick();
    expect(report.sent).toHaveLength(1);
    const arrived = await t.alice.waitForEvent(roomId, (e) => bodyOf(e).includes("Morgen om 10:00"), 15_000);
    expect(arrived.event_id).toBe(report.sent[0]?.platformMessageId);
    expect(bodyOf(arrived)).toContain("Gemeentehuis Leudal");
    // A resend with the same transaction id (a crash before recording) is the same event; later ticks send nothing.
    const again = await t.bot.sendToRoom(
      roomId,
      { lang: "nl", intent: "x", blocks: [], actions: [], attachments: [], data: {} },
      {
        txnId: txnIdOf(report.sent[0]?.key ?? ""),
      },
    );
    expect(again).toBe(arrived.event_id);
    clock = new Date("2026-11-29T15:05:00Z");
    expect((await reminders.tick()).sent).toEqual([]);
    const fromTheBot = await t.alice.collectFor(roomId, fromBot(t.world), 1500);
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
