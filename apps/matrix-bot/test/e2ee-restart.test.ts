import { rm } from "node:fs/promises";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { CryptoStoreError } from "../src/crypto/index.ts";
import {
  createE2eeWorld,
  type E2eeBot,
  type E2eeWorld,
  startE2eeBot,
  startHuman,
} from "./e2ee-support/e2ee-world.ts";
import { type ElementLikeClient, repliesTo } from "./e2ee-support/element-like-client.ts";

describe("the bot's crypto store across restarts", () => {
  let world: E2eeWorld;
  let running: E2eeBot | undefined;
  let alice: ElementLikeClient;

  beforeAll(async () => {
    world = await createE2eeWorld();
    running = await startE2eeBot(world);
    alice = await startHuman(world, "alice");
  });
  afterAll(async () => {
    alice?.stop();
    await running?.bot.stop();
    await world?.close();
  });

  it("keeps its device across a restart between a question and its confirmation", async () => {
    const roomId = await alice.createEncryptedDm(world.bot.userId);
    const asked = await alice.sendText(roomId, "bevestig");
    const question = await alice.waitFor(roomId, (e) => repliesTo(e, asked));
    expect(running?.e2e.crypto()?.deviceId).toBe(world.bot.deviceId);

    await running?.bot.stop();
    running = await startE2eeBot(world);
    expect(running.e2e.crypto()?.deviceId).toBe(world.bot.deviceId);

    await alice.react(roomId, question.eventId, "👍");
    const confirmed = await alice.waitFor(roomId, (e) => repliesTo(e, question.eventId));
    expect(confirmed).toMatchObject({ encrypted: true, sender: world.bot.userId });
    expect(confirmed.content.body).toBe("echo: ja");
    // Alice's client still trusts the same identity: the device's keys did not change.
    const devices = await alice.client.getCrypto()?.getUserDeviceInfo([world.bot.userId], true);
    expect([...(devices?.get(world.bot.userId)?.keys() ?? [])]).toEqual([world.bot.deviceId]);
  }, 90_000);

  it("refuses to start when its crypto store is gone, with a message that says what to do", async () => {
    await running?.bot.stop();
    running = undefined;
    await rm(world.cryptoFile);
    const start = startE2eeBot(world);
    await expect(start).rejects.toBeInstanceOf(CryptoStoreError);
    await expect(start).rejects.toThrow(
      /crypto store is missing.*already has published keys.*Restore the store/s,
    );
  }, 90_000);
});
