// The encrypted counterpart of reminder-notifications.test.ts: the reminder's m.mentions travel inside the
// ciphertext, so the homeserver cannot see them; what notifies server-side is Synapse's default rule for
// encrypted events. Clients (Element) evaluate the mention after decrypting.
import { createAssistant } from "@weerbaar/assistant";
import { pino } from "pino";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { MatrixBot } from "../src/bot.ts";
import { createMatrixReminders } from "../src/reminders.ts";
import { type E2eeScenario, e2eeScenario } from "./e2ee-support/e2ee-scenario.ts";
import { type ElementLikeClient, repliesTo } from "./e2ee-support/element-like-client.ts";

/** Waits (bounded) until the bot holds its lease again. */
async function untilLeading(bot: MatrixBot): Promise<void> {
  for (let i = 0; i < 100 && !bot.status().leader; i++) await new Promise((r) => setTimeout(r, 100));
  expect(bot.status().leader).toBe(true);
}

type Notifications = {
  notifications: { event: { event_id: string; type: string }; actions: unknown[] }[];
};

describe("a reminder in an encrypted group room notifies the meeting's organiser", () => {
  let t: E2eeScenario;
  // Saturday 28 November 2026 13:00 Amsterdam; moved by hand.
  let clock = new Date("2026-11-28T12:00:00Z");

  beforeAll(async () => {
    t = await e2eeScenario({
      humans: ["alice", "bob"],
      assistant: (world) => createAssistant({ store: world.store, now: () => clock }),
      now: () => clock,
    });
  });
  afterAll(() => t?.cleanup());

  it("arrives as m.text mentioning them (after decryption) and the default push rules notify", async () => {
    const roomId = await t.groupRoom();

    const asked = await t.alice.sendText(roomId, "!weerbaar abonneer dit kanaal op herinneringen");
    const subscribed = await t.alice.waitFor(roomId, (e) => repliesTo(e, asked));
    expect(subscribed.encrypted).toBe(true);
    expect(String(subscribed.content.body)).toContain("Dit kanaal krijgt nu herinneringen voor:");

    const anna = await t.world.store.staff.findByIdentity({
      platform: "matrix",
      userId: t.world.alice.userId,
    });
    const bobStaff = await t.world.store.staff.findByIdentity({
      platform: "matrix",
      userId: t.world.bob.userId,
    });
    await t.world.store.appointments.book(
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
      store: t.world.store,
      bot: t.bot,
      logger: pino({ level: "silent" }),
      now: () => clock,
      workerId: "matrix-e2ee-test",
    });
    clock = new Date("2026-11-29T15:00:00Z");
    // The bot's lease runs on the same clock: the jump lets it lapse until the next check (every second) renews
    // it, and reminders go out only on the lease holder, so the round waits for that renewal.
    await untilLeading(t.bot);
    const round = await reminders.tick();
    // The day-before reminder. (A second delivery in this round may wait for a retry if the lease lapses again
    // while it takes the crypto store back; it is not what this test is about.)
    expect(round.sent.filter((s) => s.key.includes(":meeting_day_before:"))).toHaveLength(1);

    const reminder = await t.alice.waitFor(roomId, (e) => String(e.content.body).includes("Morgen om 10:00"));
    expect(reminder).toMatchObject({ encrypted: true, sender: t.world.bot.userId, type: "m.room.message" });
    expect(reminder.content.msgtype).toBe("m.text");
    const mentioned = (reminder.content["m.mentions"] as { user_ids: string[] }).user_ids;
    expect([...mentioned].sort()).toEqual([t.world.alice.userId, t.world.bob.userId].sort());
    expect(String(reminder.content.formatted_body)).toContain(
      `href="https://matrix.to/#/${t.world.alice.userId}"`,
    );

    // The organiser's notification list: the server sees only m.room.encrypted (in a room of three people),
    // which Synapse's default underride `.m.rule.encrypted` notifies for.
    const notificationsOf = async (who: ElementLikeClient) =>
      (await who.client.http.authedRequest("GET" as never, "/notifications", undefined, undefined, {
        prefix: "/_matrix/client/v3",
      } as never)) as Notifications;
    const { notifications } = await notificationsOf(t.alice);
    const forReminder = notifications.filter((n) => n.event.event_id === reminder.eventId);
    expect(forReminder).toHaveLength(1);
    expect(forReminder[0]?.event.type).toBe("m.room.encrypted");
    // A plain notification: the mention is inside the ciphertext, so the server cannot highlight it.
    expect(forReminder[0]?.actions).toEqual(["notify", { set_tweak: "highlight", value: false }]);
    const forBob = await notificationsOf(t.bob);
    expect(forBob.notifications.map((n) => n.event.event_id)).toContain(reminder.eventId);
    // Unlike in a clear room, the encrypted answer (a notice inside) notifies as well: the server cannot tell.
    expect(notifications.map((n) => n.event.event_id)).toContain(subscribed.eventId);
  }, 120_000);
});
