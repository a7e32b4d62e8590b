import { mkdtemp, readFile, rename, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { passwordLogin, type SynapseServer, type SynapseUser, startSynapse } from "@weerbaar/testing/synapse";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  type BotCrypto,
  type BotCryptoOptions,
  CryptoStoreError,
  fileSnapshotStore,
  openBotCrypto,
} from "../src/crypto/index.ts";
import { ElementLikeClient, repliesTo } from "./e2ee-support/element-like-client.ts";
import { fetchRequest, rawSyncRound } from "./e2ee-support/raw-bot.ts";

describe("the crypto module against Synapse and an Element-like client", () => {
  let synapse: SynapseServer;
  let dir: string;
  let alice: ElementLikeClient;
  let crypto: BotCrypto;
  let botUser: SynapseUser;
  let roomId: string;
  let request: ReturnType<typeof fetchRequest>;
  const state: { since?: string } = {};
  const options = (): BotCryptoOptions => ({
    request,
    snapshots: fileSnapshotStore(join(dir, "crypto.bin")),
    passphrase: "test passphrase",
  });
  /** Syncs the bare bot until the event arrives decrypted. */
  const receive = async (eventId: string) => {
    for (let i = 0; i < 20; i++) {
      const found = (await rawSyncRound(request, crypto, state)).find((e) => e.event.event_id === eventId);
      if (found) return found.event;
    }
    throw new Error(`${eventId} never decrypted`);
  };
  const reply = async (to: string, body: string, txn: string) => {
    const content = await crypto.encrypt(roomId, "m.room.message", {
      msgtype: "m.notice",
      body,
      "m.relates_to": { "m.in_reply_to": { event_id: to } },
    });
    await request(
      "PUT",
      `/_matrix/client/v3/rooms/${encodeURIComponent(roomId)}/send/m.room.encrypted/${txn}`,
      content,
    );
  };

  let aliceUser: SynapseUser | undefined;
  const aliceLogin = async () => {
    if (!aliceUser) throw new Error("alice is not registered yet");
    return aliceUser;
  };

  beforeAll(async () => {
    synapse = await startSynapse({ encryptionByDefault: true });
    dir = await mkdtemp(join(tmpdir(), "weerbaar-e2ee-"));
  });
  afterAll(async () => {
    alice?.stop();
    await crypto?.close();
    await synapse?.stop();
    await rm(dir, { recursive: true, force: true });
  });

  it("decrypts a person's message and encrypts a reply they can read", async () => {
    const [bot, a] = await Promise.all([synapse.registerUser("weerbaar"), synapse.registerUser("alice")]);
    botUser = bot;
    aliceUser = a;
    request = fetchRequest(synapse.baseUrl, botUser.accessToken);
    crypto = await openBotCrypto(options());
    expect(crypto.deviceId).toBe(botUser.deviceId);
    alice = await ElementLikeClient.start(synapse.baseUrl, a);
    await rawSyncRound(request, crypto, state);
    const created = alice.createEncryptedDm(botUser.userId);
    let id: string | undefined;
    for (let i = 0; i < 10 && id === undefined; i++) {
      await rawSyncRound(request, crypto, state);
      id = await Promise.race([created, new Promise<undefined>((r) => setTimeout(() => r(undefined), 100))]);
    }
    roomId = id ?? (await created);
    const asked = await alice.sendText(roomId, "hoe staat Leudal ervoor?");
    expect((await receive(asked)).content.body).toBe("hoe staat Leudal ervoor?");
    expect(await crypto.isEncrypted(roomId)).toBe(true);
    await reply(asked, "echo: hoe staat Leudal ervoor?", "t1");
    const answer = await alice.waitFor(roomId, (e) => repliesTo(e, asked));
    expect(answer).toMatchObject({ encrypted: true, sender: botUser.userId });
    expect(answer.content.body).toBe("echo: hoe staat Leudal ervoor?");
  }, 90_000);

  it("cross-signed its device at first start, so people who exclude unsigned devices still reach it", async () => {
    const status = await alice.client
      .getCrypto()
      ?.getDeviceVerificationStatus(botUser.userId, botUser.deviceId);
    expect(status?.signedByOwner).toBe(true);
    await alice.bootstrapCrossSigning();
    alice.onlySignedDevices();
    const asked = await alice.sendText(roomId, "alleen ondertekende apparaten");
    expect((await receive(asked)).content.body).toBe("alleen ondertekende apparaten");
  }, 90_000);

  it("comes back from its written-out store as the same device and reads what was sent while it was away", async () => {
    await crypto.close();
    const whileAway = await alice.sendText(roomId, "terwijl je weg was");
    crypto = await openBotCrypto(options());
    expect(crypto.deviceId).toBe(botUser.deviceId);
    expect((await receive(whileAway)).content.body).toBe("terwijl je weg was");
    await reply(whileAway, "echo: terwijl je weg was", "t2");
    const answer = await alice.waitFor(roomId, (e) => repliesTo(e, whileAway));
    expect(answer.content.body).toBe("echo: terwijl je weg was");
  }, 90_000);

  it("gives a person's second device the keys of its next message", async () => {
    const second = await passwordLogin(synapse.baseUrl, alice.userId, (await aliceLogin()).password);
    const phone = await ElementLikeClient.start(synapse.baseUrl, second);
    try {
      await rawSyncRound(request, crypto, state); // the device-list change of alice
      const asked = await alice.sendText(roomId, "nu ook op mijn telefoon");
      await receive(asked);
      await reply(asked, "echo: nu ook op mijn telefoon", "t3");
      const seen = await phone.waitFor(roomId, (e) => repliesTo(e, asked));
      expect(seen).toMatchObject({ encrypted: true, sender: botUser.userId });
      expect(seen.content.body).toBe("echo: nu ook op mijn telefoon");
    } finally {
      phone.stop();
    }
  }, 90_000);

  it("refuses to start without its store, with a damaged one, or with the wrong passphrase", async () => {
    await crypto.close();
    const file = join(dir, "crypto.bin");
    const kept = await readFile(file);
    await rename(file, `${file}.away`);
    const missing = openBotCrypto(options());
    await expect(missing).rejects.toBeInstanceOf(CryptoStoreError);
    await expect(missing).rejects.toThrow(/missing.*already has published keys/s);

    await writeFile(file, kept.subarray(0, kept.byteLength / 2));
    await expect(openBotCrypto(options())).rejects.toThrow(/corrupted|not a Weerbaar crypto store/);

    await writeFile(file, kept);
    await expect(openBotCrypto({ ...options(), passphrase: "wrong" })).rejects.toThrow(/cannot be opened/);

    crypto = await openBotCrypto(options());
    expect(crypto.deviceId).toBe(botUser.deviceId);
  }, 90_000);
});
