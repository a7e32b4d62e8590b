// Two bot instances with end-to-end encryption on one PostgreSQL database (the crypto store's copy in its kv
// table): only the lease holder opens the crypto store, and a takeover reads it back fresh before any request.
import { randomBytes } from "node:crypto";
import { openStore, type Store } from "@weerbaar/store";
import { createTestDatabase } from "@weerbaar/testing/postgres";
import { MatrixClient } from "matrix-bot-sdk";
import { pino } from "pino";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createMatrixBot, type MatrixBot } from "../src/bot.ts";
import { CRYPTO_STORE_KEY, createEndToEnd, type EndToEnd, kvSnapshotStore } from "../src/crypto/index.ts";
import { MATRIX_LEASE_NAME } from "../src/state/lease.ts";
import { type E2eeScenario, e2eeScenario } from "./e2ee-support/e2ee-scenario.ts";
import { TEST_PASSPHRASE } from "./e2ee-support/e2ee-world.ts";
import { repliesTo } from "./e2ee-support/element-like-client.ts";
import { EchoAssistant } from "./support/echo-assistant.ts";

type Instance = { bot: MatrixBot; e2e: EndToEnd; store: Store };

describe("several instances with end-to-end encryption on one PostgreSQL database", () => {
  let t: E2eeScenario;
  let database: { url: string; drop: () => Promise<void> };
  const instances: Instance[] = [];
  let roomId = "";

  // One instance as production wires it: its own store connection and client, the same token and database.
  const startInstance = async (): Promise<Instance> => {
    const store = await openStore(database.url);
    const client = new MatrixClient(t.world.synapse.baseUrl, t.world.bot.accessToken);
    const logger = pino({ level: process.env.BOT_LOG_LEVEL ?? "silent" });
    const hold = { name: MATRIX_LEASE_NAME, holder: randomBytes(8).toString("hex"), ttlMs: 4000 };
    const e2e = createEndToEnd({
      client,
      passphrase: TEST_PASSPHRASE,
      snapshots: kvSnapshotStore(store, CRYPTO_STORE_KEY, hold),
      logger,
    });
    const bot = createMatrixBot({
      client,
      assistant: new EchoAssistant(),
      store,
      allow: { users: [t.world.alice.userId], servers: [] },
      logger,
      syncTimeoutMs: 1000,
      leaseSlotMs: hold.ttlMs,
      leaseHolder: hold.holder,
      crypto: e2e,
    });
    await bot.start();
    const instance = { bot, e2e, store };
    instances.push(instance);
    return instance;
  };

  beforeAll(async () => {
    // The instances below are the bots; the scenario gives the homeserver and alice's client.
    [t, database] = await Promise.all([e2eeScenario({ start: false }), createTestDatabase("matrix_e2ee")]);
    const staff = await openStore(database.url);
    await staff.staff.upsert(
      {
        displayName: "Alice",
        role: "admin",
        identities: [{ platform: "matrix", userId: t.world.alice.userId }],
      },
      { actorId: "system", channel: "test" },
    );
    await staff.close();
  });
  afterAll(async () => {
    for (const { bot, store } of instances) {
      await bot.stop();
      await store.close();
    }
    await database?.drop();
    await t?.cleanup();
  });

  it("the standby opens the crypto store only when it takes over, and answers as the same device", async () => {
    const a = await startInstance();
    const b = await startInstance();
    expect(a.bot.status().leader).toBe(true);
    expect(b.bot.status().leader).toBe(false);
    expect(a.e2e.crypto()?.deviceId).toBe(t.world.bot.deviceId);
    // The standby has not read the store: it has no machine that could work from (or upload) an old state.
    expect(b.e2e.crypto()).toBeUndefined();

    roomId = await t.alice.createEncryptedDm(t.world.bot.userId);
    const first = await t.alice.sendText(roomId, "vraag 1");
    const firstAnswer = await t.alice.waitFor(roomId, (e) => repliesTo(e, first));
    expect(firstAnswer).toMatchObject({ encrypted: true, sender: t.world.bot.userId });
    expect(firstAnswer.content.body).toBe("echo: vraag 1");
    const identity = a.e2e.crypto()?.ed25519Key;
    expect(b.e2e.crypto()).toBeUndefined();

    // The leader stops (its lease is freed at once); alice's next message is in the room key the leader got,
    // which the standby can only read from the store as the leader left it.
    await a.bot.stop();
    expect(a.e2e.crypto()).toBeUndefined();
    const second = await t.alice.sendText(roomId, "vraag 2");
    const secondAnswer = await t.alice.waitFor(roomId, (e) => repliesTo(e, second));
    expect(secondAnswer).toMatchObject({ encrypted: true, sender: t.world.bot.userId });
    expect(secondAnswer.content.body).toBe("echo: vraag 2");
    expect(b.bot.status().leader).toBe(true);
    expect(b.e2e.crypto()?.deviceId).toBe(t.world.bot.deviceId);
    expect(b.e2e.crypto()?.ed25519Key).toBe(identity);

    // Still one device with the keys alice's client first saw: the takeover uploaded no new identity.
    const devices = await t.alice.client.getCrypto()?.getUserDeviceInfo([t.world.bot.userId], true);
    const botDevices = devices?.get(t.world.bot.userId);
    expect([...(botDevices?.keys() ?? [])]).toEqual([t.world.bot.deviceId]);
    expect(botDevices?.get(t.world.bot.deviceId)?.getFingerprint()).toBe(identity);
  }, 120_000);

  it("an instance that loses the lease drops its machine unwritten, and reads the store fresh when it leads again", async () => {
    for (const { bot } of instances) await bot.stop();
    const store = instances[0]?.store;
    if (!store) throw new Error("the first test starts the instances");
    const snapshots = kvSnapshotStore(store, CRYPTO_STORE_KEY);
    const e2e = createEndToEnd({
      client: new MatrixClient(t.world.synapse.baseUrl, t.world.bot.accessToken),
      passphrase: TEST_PASSPHRASE,
      snapshots,
    });
    await e2e.start?.({ userId: t.world.bot.userId });
    await e2e.lead?.();
    const first = e2e.crypto();
    expect(first?.deviceId).toBe(t.world.bot.deviceId);
    const written = await snapshots.read();
    // A change only this machine holds (a message encrypted: the room key's ratchet moves on), then the lease is gone.
    await first?.encrypt(roomId, "m.room.message", { msgtype: "m.notice", body: "never sent" });
    await e2e.standDown?.();
    expect(e2e.crypto()).toBeUndefined();
    expect(await snapshots.read()).toEqual(written);

    await e2e.lead?.();
    const second = e2e.crypto();
    expect(second).toBeDefined();
    expect(second).not.toBe(first);
    expect(second?.deviceId).toBe(t.world.bot.deviceId);
    expect(second?.ed25519Key).toBe(first?.ed25519Key);
    await e2e.stop?.();
  }, 60_000);
});
