import { createAssistant } from "@weerbaar/assistant";
import type { Store } from "@weerbaar/store";
import { isReplyTo } from "@weerbaar/testing/synapse";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { MatrixBot } from "../src/bot.ts";
import {
  BOT_NAME,
  bodyOf,
  createWorld,
  openTestStore,
  startBot,
  type World,
  waitForJoin,
} from "./support/world.ts";

describe("colleagues by pill in a Matrix room", () => {
  let world: World;
  let store: Store;
  let bot: MatrixBot;
  let roomId: string;

  beforeAll(async () => {
    world = await createWorld();
    store = await openTestStore(world);
    bot = await startBot(world, store, {
      assistant: createAssistant({ store, admins: [`matrix:${world.alice.userId}`] }),
    });
    roomId = await world.alice.createRoom({ name: "Team", invite: [world.bob.userId, world.bot.userId] });
    await world.bob.join(roomId);
    await waitForJoin(world.alice, roomId, world.bot.userId);
    await waitForJoin(world.alice, roomId, world.bob.userId);
  });
  afterAll(async () => {
    await bot?.stop();
    await store?.close();
    await world?.close();
  });

  it("adds the colleague a pill points at, with that Matrix account; nobody types the user id", async () => {
    const pill = (userId: string, name: string) => `<a href="https://matrix.to/#/${userId}">${name}</a>`;
    const asked = await world.alice.sendText(roomId, `${BOT_NAME}: voeg Bob Bakker toe als adviseur`, {
      html: `${pill(world.bot.userId, BOT_NAME)}: voeg ${pill(world.bob.userId, "Bob Bakker")} toe als adviseur`,
      mentions: [world.bot.userId, world.bob.userId],
    });
    const question = await world.alice.waitForEvent(roomId, (e) => isReplyTo(e, asked), 15_000);
    expect(bodyOf(question)).toContain(`matrix:${world.bob.userId}`);
    expect(bodyOf(question)).toContain("1. Ja, vastleggen");

    const yes = await world.alice.sendText(roomId, "1", { replyTo: question.event_id });
    const done = await world.alice.waitForEvent(roomId, (e) => isReplyTo(e, yes), 15_000);
    expect(bodyOf(done)).toMatch(/^Vastgelegd/);
    expect(await store.staff.findByIdentity({ platform: "matrix", userId: world.bob.userId })).toMatchObject({
      displayName: "Bob Bakker",
      role: "advisor",
    });
  });
});
