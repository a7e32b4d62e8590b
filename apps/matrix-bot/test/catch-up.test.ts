import type { Store } from "@weerbaar/store";
import { isReplyTo } from "@weerbaar/testing/synapse";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { MatrixBot } from "../src/bot.ts";
import { EchoAssistant } from "./support/echo-assistant.ts";
import {
  bodyOf,
  createWorld,
  directRoom,
  fromBot,
  openTestStore,
  startBot,
  type World,
} from "./support/world.ts";

// A small timeline makes "more events than one sync holds" cheap to reach: 12 messages against a limit of 5,
// read back in pages of 5.
const TIMELINE_LIMIT = 5;

describe("catching up after a downtime", () => {
  let world: World;
  let store: Store;
  let bot: MatrixBot | undefined;

  beforeAll(async () => {
    world = await createWorld();
    store = await openTestStore(world);
  });
  afterAll(async () => {
    await bot?.stop();
    await store?.close();
    await world?.close();
  });

  it("regression: messages beyond one sync's timeline were skipped; now each is answered once, in order", {
    timeout: 60_000,
  }, async () => {
    bot = await startBot(world, store, { timelineLimit: TIMELINE_LIMIT });
    const roomId = await directRoom(world, world.alice);
    const before = await world.alice.sendText(roomId, "voor de onderbreking");
    await world.alice.waitForEvent(roomId, (e) => isReplyTo(e, before), 15_000);
    await bot.stop();

    const questions: string[] = [];
    for (let n = 1; n <= 12; n++) questions.push(await world.alice.sendText(roomId, `vraag ${n}`));

    const afterwards = new EchoAssistant();
    bot = await startBot(world, store, { assistant: afterwards, timelineLimit: TIMELINE_LIMIT });
    for (const [n, question] of questions.entries()) {
      const answer = await world.alice.waitForEvent(roomId, (e) => isReplyTo(e, question), 20_000);
      expect(bodyOf(answer)).toBe(`echo: vraag ${n + 1}`);
    }
    expect(afterwards.texts()).toEqual(questions.map((_, n) => `vraag ${n + 1}`));
    const answers = await world.alice.collectFor(roomId, fromBot(world), 2000);
    expect(answers.filter((e) => isReplyTo(e, before))).toHaveLength(1);
    expect(answers).toHaveLength(13);
  });
});
