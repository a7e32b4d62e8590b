import type { Store } from "@weerbaar/store";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { MatrixBot } from "../src/bot.ts";
import { ENCRYPTED_ROOM_NOTICE } from "../src/messages.ts";
import { EchoAssistant } from "./support/echo-assistant.ts";
import { createWorld, fromBot, openTestStore, startBot, type World, waitForJoin } from "./support/world.ts";

// The bot without MATRIX_CRYPTO_PASSPHRASE (no end-to-end encryption configured) in an encrypted room; with a
// passphrase it reads and writes them (test/e2ee-*.test.ts).
describe("encrypted rooms when the bot has no crypto passphrase (encryption off)", () => {
  let world: World;
  let store: Store;
  let bot: MatrixBot;
  const assistant = new EchoAssistant();

  beforeAll(async () => {
    world = await createWorld();
    store = await openTestStore(world);
    bot = await startBot(world, store, { assistant });
  });
  afterAll(async () => {
    await bot?.stop();
    await store?.close();
    await world?.close();
  });

  it("without a passphrase it says once, in plain text, that it cannot read encrypted messages", async () => {
    const roomId = await world.alice.createRoom({ directWith: world.bot.userId, encrypted: true });
    await waitForJoin(world.alice, roomId, world.bot.userId);
    const notice = await world.alice.waitForEvent(roomId, fromBot(world), 15_000);
    expect(notice.content).toMatchObject({ msgtype: "m.notice", body: ENCRYPTED_ROOM_NOTICE });
    expect(notice.content.formatted_body).toBeUndefined();
    expect(ENCRYPTED_ROOM_NOTICE).toContain("versleuteling");
    expect(ENCRYPTED_ROOM_NOTICE).toContain("encryption");

    // What an encrypting client would send: unreadable for the bot, and no second notice.
    await world.alice.sendEvent(roomId, "m.room.encrypted", {
      algorithm: "m.megolm.v1.aes-sha2",
      ciphertext: "AwgAEnB4bm90cmVhbA",
      device_id: "DEVICE",
      sender_key: "c2VuZGVya2V5",
      session_id: "c2Vzc2lvbg",
    });
    await world.alice.sendEvent(roomId, "m.room.encrypted", {
      algorithm: "m.megolm.v1.aes-sha2",
      ciphertext: "AwgAEnB4bm90cmVhbB",
      device_id: "DEVICE",
      sender_key: "c2VuZGVya2V5",
      session_id: "c2Vzc2lvbg",
    });
    const botMessages = await world.alice.collectFor(roomId, fromBot(world), 2500);
    expect(botMessages).toHaveLength(1);
    expect(assistant.received).toEqual([]);
  });
});
