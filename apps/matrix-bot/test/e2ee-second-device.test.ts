import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  createE2eeWorld,
  type E2eeBot,
  type E2eeWorld,
  startE2eeBot,
  startHuman,
} from "./e2ee-support/e2ee-world.ts";
import { ElementLikeClient, loginDevice, repliesTo } from "./e2ee-support/element-like-client.ts";

describe("a second device of a person", () => {
  let world: E2eeWorld;
  let running: E2eeBot;
  let alice: ElementLikeClient;
  let phone: ElementLikeClient | undefined;

  beforeAll(async () => {
    world = await createE2eeWorld();
    running = await startE2eeBot(world);
    alice = await startHuman(world, "alice");
  });
  afterAll(async () => {
    phone?.stop();
    alice?.stop();
    await running?.bot.stop();
    await world?.close();
  });

  it("gets the keys of the bot's next message", async () => {
    const roomId = await alice.createEncryptedDm(world.bot.userId);
    const first = await alice.sendText(roomId, "op de laptop");
    await alice.waitFor(roomId, (e) => repliesTo(e, first));

    const login = await loginDevice(world.synapse.baseUrl, world.alice.userId, world.alice.password);
    phone = await ElementLikeClient.start(world.synapse.baseUrl, login);
    const next = await alice.sendText(roomId, "nu ook op de telefoon");
    const seen = await phone.waitFor(roomId, (e) => repliesTo(e, next));
    expect(seen).toMatchObject({ encrypted: true, sender: world.bot.userId });
    expect(seen.content.body).toBe("echo: nu ook op de telefoon");
  }, 90_000);
});
