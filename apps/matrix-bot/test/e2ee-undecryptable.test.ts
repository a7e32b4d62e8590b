import { HumanClient } from "@weerbaar/testing/synapse";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { UNDECRYPTABLE_NOTICE } from "../src/crypto/index.ts";
import {
  createE2eeWorld,
  type E2eeBot,
  type E2eeWorld,
  startE2eeBot,
  startHuman,
} from "./e2ee-support/e2ee-world.ts";
import { type ElementLikeClient, repliesTo } from "./e2ee-support/element-like-client.ts";
import { EchoAssistant } from "./support/echo-assistant.ts";

describe("an encrypted message whose key never arrives", () => {
  let world: E2eeWorld;
  let running: E2eeBot;
  let alice: ElementLikeClient;
  const assistant = new EchoAssistant();

  beforeAll(async () => {
    world = await createE2eeWorld();
    // Given up on at the first batch after it came: the rule's clock is not what this test is about.
    running = await startE2eeBot(world, { assistant, giveUp: { afterMs: 0 } });
    alice = await startHuman(world, "alice");
  });
  afterAll(async () => {
    alice?.stop();
    await running?.bot.stop();
    await world?.close();
  });

  it("gets one notice in Dutch and English, as a reply, and goes to no turn", async () => {
    const roomId = await alice.createEncryptedDm(world.bot.userId);
    // What a client whose room key was lost sends: a megolm event for a session the bot never got.
    const raw = new HumanClient(world.synapse.baseUrl, world.alice.userId, world.alice.accessToken);
    const lost = await raw.sendEvent(roomId, "m.room.encrypted", {
      algorithm: "m.megolm.v1.aes-sha2",
      ciphertext: "AwgAEnB4bm90cmVhbA",
      device_id: world.alice.deviceId,
      sender_key: "c2VuZGVya2V5c2VuZGVya2V5c2VuZGVya2V5c2VuZGU",
      session_id: "c2Vzc2lvbnNlc3Npb25zZXNzaW9uc2Vzc2lvbnNlc3M",
    });
    const notice = await alice.waitFor(roomId, (e) => repliesTo(e, lost));
    expect(notice).toMatchObject({ encrypted: true, sender: world.bot.userId });
    expect(notice.content).toMatchObject({ msgtype: "m.notice", body: UNDECRYPTABLE_NOTICE });
    expect(UNDECRYPTABLE_NOTICE).toContain("versleutelde bericht");
    expect(UNDECRYPTABLE_NOTICE).toContain("encrypted message");
    expect(assistant.received).toEqual([]);

    // The conversation goes on: the next (real) message is answered, and the notice was not repeated.
    const asked = await alice.sendText(roomId, "nog een keer");
    await alice.waitFor(roomId, (e) => repliesTo(e, asked));
    const notices = (await alice.timeline(roomId)).filter((e) => repliesTo(e, lost));
    expect(notices).toHaveLength(1);
  }, 90_000);
});
