import { createAssistant } from "@weerbaar/assistant";
import type { Store } from "@weerbaar/store";
import { testClock } from "@weerbaar/testing/engines";
import {
  type HumanClient,
  isReplyTo,
  type MatrixEvent,
  type SendTextOptions,
} from "@weerbaar/testing/synapse";
import type { MatrixBot } from "../../src/bot.ts";
import { matrixScenario } from "./fixture.ts";
import type { World } from "./world.ts";

/** Anna's name, in Matrix and on the staff list: the name a refusal gives. */
export const ANNA = "Anna de Vries";
/** Bob's name, in Matrix and on the staff list. */
export const BOB = "Bob Bakker";

/** A group room of Anna (admin), Bob (advisor) and the bot, with the real assistant over a SQLite store. */
export type TeamRoom = {
  world: World;
  store: Store;
  bot: MatrixBot;
  roomId: string;
  anna: HumanClient;
  bob: HumanClient;
  /** Sends a message as `who` and waits for the bot's reply to it. */
  ask(who: HumanClient, text: string, options?: SendTextOptions): Promise<MatrixEvent>;
  /** Reacts as `who` to one of the bot's questions and waits for the bot's next reply on that question. */
  react(who: HumanClient, question: MatrixEvent, key: string): Promise<MatrixEvent>;
  /** The staff id of the person, for "recorded by". */
  staffId(who: HumanClient): Promise<string | undefined>;
  close(): Promise<void>;
};

/** Starts Synapse, the bot and the room; every store write is stamped by a fixed test clock. */
export async function openTeamRoom(): Promise<TeamRoom> {
  const clock = testClock("2026-03-02T10:00:00Z");
  const t = await matrixScenario({
    staff: [
      { who: "alice", name: ANNA, role: "admin" },
      { who: "bob", name: BOB, role: "advisor" },
    ],
    now: clock.now,
    assistant: (store, world) =>
      createAssistant({ store, now: clock.now, admins: [`matrix:${world.alice.userId}`] }),
    bot: { commandPrefix: "!weerbaar" },
    start: false,
  });
  const { world, store } = t;
  const anna = world.alice;
  const bob = world.bob;
  await anna.setDisplayName(ANNA);
  await bob.setDisplayName(BOB);
  const bot = await t.startBot();
  const roomId = await t.groupRoom({ members: [bob] });

  // Anna's client watches the room for everyone: she sees every reply, whoever it is to.
  const fromBotTo = (eventId: string) => (e: MatrixEvent) =>
    e.sender === world.bot.userId && isReplyTo(e, eventId);
  return {
    world,
    store,
    bot,
    roomId,
    anna,
    bob,
    async ask(who, text, options) {
      const sent = await who.sendText(roomId, text, options);
      return anna.waitForEvent(roomId, fromBotTo(sent), 15_000);
    },
    async react(who, question, key) {
      await anna.sync(0);
      const seen = new Set(anna.events(roomId).map((e) => e.event_id));
      await who.sendReaction(roomId, question.event_id, key);
      const isNew = fromBotTo(question.event_id);
      return anna.waitForEvent(roomId, (e) => isNew(e) && !seen.has(e.event_id), 15_000);
    },
    async staffId(who) {
      return (await store.staff.findByIdentity({ platform: "matrix", userId: who.userId }))?.id;
    },
    close: () => t.cleanup(),
  };
}
