import { isReplyTo } from "@weerbaar/testing/synapse";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { EphemeralWatcher, readReceiptOf, typingOf } from "./support/ephemeral.ts";
import { type MatrixScenario, matrixScenario } from "./support/fixture.ts";
import { GatedAssistant } from "./support/gated-assistant.ts";
import { bodyOf } from "./support/world.ts";

// A timeline of 2 per sync: five messages sent while the bot is down make it catch up through /messages.
const TIMELINE_LIMIT = 2;

describe("typing notices and read receipts", () => {
  let t: MatrixScenario;
  let roomId: string;
  let watcher: EphemeralWatcher;
  const gated = new GatedAssistant();

  beforeAll(async () => {
    t = await matrixScenario({ assistant: gated, bot: { timelineLimit: TIMELINE_LIMIT } });
    roomId = await t.directRoom();
    watcher = new EphemeralWatcher(t.alice);
    await watcher.sync(0);
  });
  afterAll(() => t?.cleanup());

  it("marks a message read when it takes it up, types while the turn works and stops once it answered", async () => {
    const botId = t.world.bot.userId;
    const asked = await t.alice.sendText(roomId, "hoe staat Leudal ervoor?");
    // The turn waits at the gate: the bot has read the message and is typing, with no answer yet.
    await gated.entered;
    await watcher.waitFor(roomId, readReceiptOf(botId, asked));
    await watcher.waitFor(roomId, typingOf(botId));
    const typingSeen = watcher.events(roomId).length;

    gated.open();
    const answer = await t.alice.waitForEvent(roomId, (e) => isReplyTo(e, asked), 15_000);
    expect(bodyOf(answer)).toBe("echo: hoe staat Leudal ervoor?");
    const stopped = await watcher.waitFor(roomId, typingOf(botId, false), { after: typingSeen });
    expect(stopped.content.user_ids).not.toContain(botId);
  });

  it("marks messages read that it answers in a catch-up after a downtime", { timeout: 60_000 }, async () => {
    const botId = t.world.bot.userId;
    await t.bot.stop();
    const questions: string[] = [];
    for (let n = 1; n <= 5; n++) questions.push(await t.alice.sendText(roomId, `vraag ${n}`));
    const first = questions[0] ?? "";
    const last = questions.at(-1) ?? "";

    const later = new GatedAssistant();
    await t.startBot({ assistant: later });
    // The first question is beyond the sync's timeline of 2: it was read back in the catch-up, and is held there.
    await later.entered;
    await watcher.waitFor(roomId, readReceiptOf(botId, first));
    later.open();
    for (const question of questions)
      await t.alice.waitForEvent(roomId, (e) => isReplyTo(e, question), 20_000);
    await watcher.waitFor(roomId, readReceiptOf(botId, last));
    expect(later.echo.texts()).toEqual(["vraag 1", "vraag 2", "vraag 3", "vraag 4", "vraag 5"]);
  });
});
