import { passwordLogin } from "@weerbaar/testing/synapse";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type E2eeScenario, e2eeScenario } from "./e2ee-support/e2ee-scenario.ts";
import { ElementLikeClient, repliesTo } from "./e2ee-support/element-like-client.ts";

describe("a second device of a person", () => {
  let t: E2eeScenario;
  let phone: ElementLikeClient | undefined;

  beforeAll(async () => {
    t = await e2eeScenario();
  });
  afterAll(async () => {
    phone?.stop();
    await t?.cleanup();
  });

  it("gets the keys of the bot's next message", async () => {
    const roomId = await t.alice.createEncryptedDm(t.world.bot.userId);
    const first = await t.alice.sendText(roomId, "op de laptop");
    await t.alice.waitFor(roomId, (e) => repliesTo(e, first));

    const login = await passwordLogin(t.world.synapse.baseUrl, t.world.alice.userId, t.world.alice.password);
    phone = await ElementLikeClient.start(t.world.synapse.baseUrl, login);
    const next = await t.alice.sendText(roomId, "nu ook op de telefoon");
    const seen = await phone.waitFor(roomId, (e) => repliesTo(e, next));
    expect(seen).toMatchObject({ encrypted: true, sender: t.world.bot.userId });
    expect(seen.content.body).toBe("echo: nu ook op de telefoon");
  }, 90_000);
});
