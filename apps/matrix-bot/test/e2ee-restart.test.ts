import { rm } from "node:fs/promises";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { CryptoStoreError } from "../src/crypto/index.ts";
import { type E2eeScenario, e2eeScenario } from "./e2ee-support/e2ee-scenario.ts";
import { repliesTo } from "./e2ee-support/element-like-client.ts";

describe("the bot's crypto store across restarts", () => {
  let t: E2eeScenario;

  beforeAll(async () => {
    t = await e2eeScenario();
  });
  afterAll(() => t?.cleanup());

  it("keeps its device across a restart between a question and its confirmation", async () => {
    const roomId = await t.alice.createEncryptedDm(t.world.bot.userId);
    const asked = await t.alice.sendText(roomId, "bevestig");
    const question = await t.alice.waitFor(roomId, (e) => repliesTo(e, asked));
    expect(t.e2e.crypto()?.deviceId).toBe(t.world.bot.deviceId);

    await t.restartBot();
    expect(t.e2e.crypto()?.deviceId).toBe(t.world.bot.deviceId);

    await t.alice.react(roomId, question.eventId, "👍");
    const confirmed = await t.alice.waitFor(roomId, (e) => repliesTo(e, question.eventId));
    expect(confirmed).toMatchObject({ encrypted: true, sender: t.world.bot.userId });
    expect(confirmed.content.body).toBe("echo: ja");
    // Alice's client still trusts the same identity: the device's keys did not change.
    const devices = await t.alice.client.getCrypto()?.getUserDeviceInfo([t.world.bot.userId], true);
    expect([...(devices?.get(t.world.bot.userId)?.keys() ?? [])]).toEqual([t.world.bot.deviceId]);
  }, 90_000);

  it("refuses to start when its crypto store is gone, with a message that says what to do", async () => {
    await t.stopBot();
    await rm(t.world.cryptoFile);
    const start = t.startBot();
    await expect(start).rejects.toBeInstanceOf(CryptoStoreError);
    await expect(start).rejects.toThrow(
      /crypto store is missing.*already has published keys.*Restore the store/s,
    );
  }, 90_000);
});
