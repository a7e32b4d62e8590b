// The encrypted counterpart of reminder-notifications.test.ts: the reminder's m.mentions travel inside the
// ciphertext, so the homeserver cannot see them; what notifies server-side is Synapse's default rule for
// encrypted events. Clients (Element) evaluate the mention after decrypting.
import { createAssistant } from "@weerbaar/assistant";
import { Preset } from "matrix-js-sdk";
import { pino } from "pino";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createMatrixReminders } from "../src/reminders.ts";
import {
  createE2eeWorld,
  type E2eeBot,
  type E2eeWorld,
  startE2eeBot,
  startHuman,
} from "./e2ee-support/e2ee-world.ts";
import { type ElementLikeClient, repliesTo } from "./e2ee-support/element-like-client.ts";

type Notifications = {
  notifications: { event: { event_id: string; type: string }; actions: unknown[] }[];
};

describe("a reminder in an encrypted group room notifies the meeting's organiser", () => {
  let world: E2eeWorld;
  let running: E2eeBot;
  let alice: ElementLikeClient;
  let bob: ElementLikeClient;
  // Saturday 28 November 2026 13:00 Amsterdam; moved by hand.
  let clock = new Date("2026-11-28T12:00:00Z");

  beforeAll(async () => {
    world = await createE2eeWorld();
    running = await startE2eeBot(world, {
      assistant: createAssistant({ store: world.store, now: () => clock }),
      now: () => clock,
    });
    [alice, bob] = await Promise.all([startHuman(world, "alice"), startHuman(world, "bob")]);
  });
  afterAll(async () => {
    alice?.stop();
    bob?.stop();
    await running?.bot.stop();
    await world?.close();
  });

  it("arrives as m.text mentioning them (after decryption) and the default push rules notify", async () => {
    const { room_id: roomId } = await alice.client.createRoom({
      preset: Preset.PrivateChat,
      name: "Team",
      invite: [world.bot.userId, world.bob.userId],
    });
    await bob.client.joinRoom(roomId);
    await alice.waitFor(roomId, (e) => e.type === "m.room.member" && e.sender === world.bot.userId);
    await alice.waitFor(roomId, (e) => e.type === "m.room.member" && e.sender === world.bob.userId);

    const asked = await alice.sendText(roomId, "!weerbaar abonneer dit kanaal op herinneringen");
    const subscribed = await alice.waitFor(roomId, (e) => repliesTo(e, asked));
    expect(subscribed.encrypted).toBe(true);
    expect(String(subscribed.content.body)).toContain("Dit kanaal krijgt nu herinneringen voor:");

    const anna = await world.store.staff.findByIdentity({ platform: "matrix", userId: world.alice.userId });
    const bobStaff = await world.store.staff.findByIdentity({ platform: "matrix", userId: world.bob.userId });
    await world.store.appointments.book(
      {
        bodyCode: "GM1640",
        organizerId: anna?.id ?? "?",
        attendees: [{ type: "staff", staffId: bobStaff?.id ?? "?" }],
        start: new Date("2026-11-30T09:00:00Z"),
        end: new Date("2026-11-30T10:00:00Z"),
        location: "Gemeentehuis Leudal",
      },
      { actorId: anna?.id ?? "?", channel: "test" },
    );
    const reminders = createMatrixReminders({
      store: world.store,
      bot: running.bot,
      logger: pino({ level: "silent" }),
      now: () => clock,
      workerId: "matrix-e2ee-test",
    });
    clock = new Date("2026-11-29T15:00:00Z");
    const round = await reminders.tick();
    // The day-before reminder. (The bot's lease runs on the same clock: the jump lets it lapse until the next
    // check renews it, so a second delivery in this round may wait for a retry; it is not what this test is about.)
    expect(round.sent.filter((s) => s.key.includes(":meeting_day_before:"))).toHaveLength(1);

    const reminder = await alice.waitFor(roomId, (e) => String(e.content.body).includes("Morgen om 10:00"));
    expect(reminder).toMatchObject({ encrypted: true, sender: world.bot.userId, type: "m.room.message" });
    expect(reminder.content.msgtype).toBe("m.text");
    const mentioned = (reminder.content["m.mentions"] as { user_ids: string[] }).user_ids;
    expect([...mentioned].sort()).toEqual([world.alice.userId, world.bob.userId].sort());
    expect(String(reminder.content.formatted_body)).toContain(
      `href="https://matrix.to/#/${world.alice.userId}"`,
    );

    // The organiser's notification list: the server sees only m.room.encrypted (in a room of three people),
    // which Synapse's default underride `.m.rule.encrypted` notifies for.
    const notificationsOf = async (who: ElementLikeClient) =>
      (await who.client.http.authedRequest("GET" as never, "/notifications", undefined, undefined, {
        prefix: "/_matrix/client/v3",
      } as never)) as Notifications;
    const { notifications } = await notificationsOf(alice);
    const forReminder = notifications.filter((n) => n.event.event_id === reminder.eventId);
    expect(forReminder).toHaveLength(1);
    expect(forReminder[0]?.event.type).toBe("m.room.encrypted");
    // A plain notification: the mention is inside the ciphertext, so the server cannot highlight it.
    expect(forReminder[0]?.actions).toEqual(["notify", { set_tweak: "highlight", value: false }]);
    const forBob = await notificationsOf(bob);
    expect(forBob.notifications.map((n) => n.event.event_id)).toContain(reminder.eventId);
    // Unlike in a clear room, the encrypted answer (a notice inside) notifies as well: the server cannot tell.
    expect(notifications.map((n) => n.event.event_id)).toContain(subscribed.eventId);
  }, 120_000);
});
