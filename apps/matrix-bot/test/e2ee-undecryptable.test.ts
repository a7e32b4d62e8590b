import { HumanClient } from "@weerbaar/testing/synapse";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { UNDECRYPTABLE_NOTICE } from "../src/crypto/index.ts";
import { type E2eeScenario, e2eeScenario } from "./e2ee-support/e2ee-scenario.ts";
import { repliesTo } from "./e2ee-support/element-like-client.ts";
import { EchoAssistant } from "./support/echo-assistant.ts";

describe("an encrypted message whose key never arrives", () => {
  let t: E2eeScenario;
  const assistant = new EchoAssistant();

  beforeAll(async () => {
    // Given up on at the first batch after it came: the rule's clock is not what this test is about.
    t = await e2eeScenario({ assistant, giveUp: { afterMs: 0 } });
  });
  afterAll(() => t?.cleanup());

  it("gets one notice in Dutch and English, as a reply, and goes to no turn", async () => {
    const roomId = await t.alice.createEncryptedDm(t.world.bot.userId);
    // What a client whose room key was lost sends: a megolm event for a session the bot never got.
    const raw = new HumanClient(t.world.synapse.baseUrl, t.world.alice.userId, t.world.alice.accessToken);
    const lost = await raw.sendEvent(roomId, "m.room.encrypted", {
      algorithm: "m.megolm.v1.aes-sha2",
      ciphertext: "AwgAEnB4bm90cmVhbA",
      device_id: t.world.alice.deviceId,
      sender_key: "c2VuZGVya2V5c2VuZGVya2V5c2VuZGVya2V5c2VuZGU",
      session_id: "c2Vzc2lvbnNlc3Npb25zZXNzaW9uc2Vzc2lvbnNlc3M",
    });
    const notice = await t.alice.waitFor(roomId, (e) => repliesTo(e, lost));
    expect(notice).toMatchObject({ encrypted: true, sender: t.world.bot.userId });
    expect(notice.content).toMatchObject({ msgtype: "m.notice", body: UNDECRYPTABLE_NOTICE });
    expect(UNDECRYPTABLE_NOTICE).toContain("versleutelde bericht");
    expect(UNDECRYPTABLE_NOTICE).toContain("encrypted message");
    expect(assistant.received).toEqual([]);

    // The conversation goes on: the next (real) message is answered, and the notice was not repeated.
    const asked = await t.alice.sendText(roomId, "nog een keer");
    await t.alice.waitFor(roomId, (e) => repliesTo(e, asked));
    const notices = (await t.alice.timeline(roomId)).filter((e) => repliesTo(e, lost));
    expect(notices).toHaveLength(1);
  }, 90_000);
});
