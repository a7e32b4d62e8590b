import { createAssistant } from "@weerbaar/assistant";
import { pino } from "pino";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createMatrixReminders } from "../src/reminders.ts";
import { type MatrixScenario, matrixScenario } from "./support/fixture.ts";
import { bodyOf } from "./support/world.ts";

type Notifications = { notifications: { event: { event_id: string }; actions: unknown[] }[] };

describe("a reminder in a group room notifies the meeting's organiser and attending staff", () => {
  let t: MatrixScenario;
  let roomId: string;
  // Saturday 28 November 2026 13:00 Amsterdam; moved by hand.
  let clock = new Date("2026-11-28T12:00:00Z");

  beforeAll(async () => {
    t = await matrixScenario({
      staff: [
        { who: "alice", name: "Anna de Vries", role: "admin" },
        { who: "bob", name: "Bob Bakker", role: "advisor" },
      ],
      now: () => clock,
      assistant: (store) => createAssistant({ store, now: () => clock }),
      bot: { commandPrefix: "!weerbaar" },
    });
    roomId = await t.groupRoom();
  });
  afterAll(() => t?.cleanup());

  it("arrives as m.text mentioning them, and Synapse's default push rules notify the organiser", async () => {
    const subscribed = await t.ask(t.alice, roomId, "!weerbaar abonneer dit kanaal op herinneringen");
    expect(bodyOf(subscribed)).toContain("Dit kanaal krijgt nu herinneringen voor:");
    // Answers stay notices (bots do not answer them, nobody is notified of them).
    expect(subscribed.content.msgtype).toBe("m.notice");
    const anna = await t.store.staff.findByIdentity({ platform: "matrix", userId: t.alice.userId });
    const bob = await t.store.staff.findByIdentity({ platform: "matrix", userId: t.bob.userId });
    await t.store.appointments.book(
      {
        bodyCode: "GM1640",
        organizerId: anna?.id ?? "?",
        attendees: [{ type: "staff", staffId: bob?.id ?? "?" }],
        start: new Date("2026-11-30T09:00:00Z"),
        end: new Date("2026-11-30T10:00:00Z"),
        location: "Gemeentehuis Leudal",
      },
      { actorId: anna?.id ?? "?", channel: "test" },
    );
    const reminders = createMatrixReminders({
      store: t.store,
      bot: t.bot,
      logger: pino({ level: "silent" }),
      now: () => clock,
      workerId: "matrix-test",
    });
    clock = new Date("2026-11-29T15:00:00Z");
    expect((await reminders.tick()).sent).toHaveLength(1);

    const reminder = await t.alice.waitForEvent(roomId, (e) => bodyOf(e).includes("Morgen om 10:00"), 15_000);
    expect(reminder.sender).toBe(t.world.bot.userId);
    expect(reminder.content.msgtype).toBe("m.text");
    const mentioned = (reminder.content["m.mentions"] as { user_ids: string[] }).user_ids;
    expect([...mentioned].sort()).toEqual([t.alice.userId, t.bob.userId].sort());
    expect(String(reminder.content.formatted_body)).toContain(`href="https://matrix.to/#/${t.alice.userId}"`);

    // The organiser's own notification list (a group room: only the mention can have put it there).
    const { notifications } = await t.alice.request<Notifications>("GET", "/_matrix/client/v3/notifications");
    const forReminder = notifications.filter((n) => n.event.event_id === reminder.event_id);
    expect(forReminder).toHaveLength(1);
    expect(forReminder[0]?.actions).toContain("notify");
    // The attending colleague is notified too; the subscription's answer (a notice) notified nobody.
    const forBob = await t.bob.request<Notifications>("GET", "/_matrix/client/v3/notifications");
    expect(forBob.notifications.map((n) => n.event.event_id)).toContain(reminder.event_id);
    expect(notifications.map((n) => n.event.event_id)).not.toContain(subscribed.event_id);
  });
});
