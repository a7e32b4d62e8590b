// A homeserver configured as many real ones are (every new room encrypted), the bot with end-to-end encryption
// (its crypto store copied to a file in the world's folder) and people whose clients encrypt like Element.
import { randomBytes } from "node:crypto";
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { openStore, type Store } from "@weerbaar/store";
import { HumanClient, type SynapseServer, type SynapseUser, startSynapse } from "@weerbaar/testing/synapse";
import { LogLevel, LogService, MatrixClient } from "matrix-bot-sdk";
import { pino } from "pino";
import type { Assistant } from "../../src/assistant-types.ts";
import { createMatrixBot, type MatrixBot, type MatrixBotOptions } from "../../src/bot.ts";
import {
  createEndToEnd,
  type EndToEnd,
  type EndToEndOptions,
  fileSnapshotStore,
} from "../../src/crypto/index.ts";
import { MATRIX_LEASE_NAME, stillHolds } from "../../src/state/lease.ts";
import { EchoAssistant } from "../support/echo-assistant.ts";
import { ElementLikeClient } from "./element-like-client.ts";

LogService.setLevel(LogLevel.ERROR);
// A room without m.room.encryption answers its state lookup with M_NOT_FOUND: expected, not worth a line.
LogService.muteModule("MatrixHttpClient");

/** The passphrase of the test bot's crypto store. */
export const TEST_PASSPHRASE = "correct horse battery staple";

/** A homeserver, the bot account, alice and bob (allowed, on the staff list), a store and a folder. */
export type E2eeWorld = {
  synapse: SynapseServer;
  bot: SynapseUser;
  alice: SynapseUser;
  bob: SynapseUser;
  store: Store;
  dir: string;
  /** Where the bot's crypto store is written out. */
  cryptoFile: string;
  close(): Promise<void>;
};

/** Starts Synapse (`encryptionByDefault` unless told otherwise), registers everyone, opens a store. */
export async function createE2eeWorld(options: { encryptionByDefault?: boolean } = {}): Promise<E2eeWorld> {
  const synapse = await startSynapse({ encryptionByDefault: options.encryptionByDefault ?? true });
  const [bot, alice, bob] = await Promise.all([
    synapse.registerUser("weerbaar"),
    synapse.registerUser("alice"),
    synapse.registerUser("bob"),
  ]);
  await new HumanClient(synapse.baseUrl, bot.userId, bot.accessToken).setDisplayName("Weerbaar Bot");
  const dir = await mkdtemp(join(tmpdir(), "weerbaar-e2ee-"));
  const store = await openStore(`sqlite:${join(dir, "bot.db")}`);
  const system = { actorId: "system", channel: "test" };
  for (const [user, name] of [
    [alice, "Alice"],
    [bob, "Bob"],
  ] as const) {
    await store.staff.upsert(
      { displayName: name, role: "admin", identities: [{ platform: "matrix", userId: user.userId }] },
      system,
    );
  }
  return {
    synapse,
    bot,
    alice,
    bob,
    store,
    dir,
    cryptoFile: join(dir, "crypto-store.bin"),
    close: async () => {
      await store.close();
      await synapse.stop();
      await rm(dir, { recursive: true, force: true });
    },
  };
}

/** A started bot with end-to-end encryption, and its crypto seam (to look at the device). */
export type E2eeBot = { bot: MatrixBot; e2e: EndToEnd };

/** How a test bot differs from the default one: its assistant, clock, crypto and bot options. */
export type E2eeBotOptions = {
  assistant?: Assistant;
  giveUp?: EndToEndOptions["giveUp"];
  now?: () => Date;
  /** Crypto options over the defaults (passphrase, the world's crypto file), e.g. `verification`. */
  crypto?: Partial<Omit<EndToEndOptions, "client">>;
  /** Bot options over the test defaults (silent logs, short long-polls, alice and bob allowed). */
  bot?: Partial<MatrixBotOptions>;
};

/**
 * Starts the bot with encryption on the world's store and crypto file; alice and bob may talk to it. As in
 * production, the crypto file is replaced only while the bot still holds its lease (a fenced write).
 */
export async function startE2eeBot(world: E2eeWorld, options: E2eeBotOptions = {}): Promise<E2eeBot> {
  const client = new MatrixClient(world.synapse.baseUrl, world.bot.accessToken);
  const logger = pino({ level: process.env.BOT_LOG_LEVEL ?? "silent" });
  const leaseSlotMs = options.bot?.leaseSlotMs ?? 4000;
  const hold = { name: MATRIX_LEASE_NAME, holder: randomBytes(8).toString("hex"), ttlMs: leaseSlotMs };
  const e2e = createEndToEnd({
    client,
    passphrase: TEST_PASSPHRASE,
    snapshots: fileSnapshotStore(world.cryptoFile, () => stillHolds(world.store.leases, hold)),
    logger,
    ...(options.giveUp ? { giveUp: options.giveUp } : {}),
    ...options.crypto,
  });
  const bot = createMatrixBot({
    client,
    assistant: options.assistant ?? new EchoAssistant(),
    store: world.store,
    allow: { users: [world.alice.userId, world.bob.userId], servers: [] },
    logger,
    syncTimeoutMs: 1000,
    leaseSlotMs,
    leaseHolder: hold.holder,
    crypto: e2e,
    ...(options.now ? { now: options.now } : {}),
    ...options.bot,
  });
  await bot.start();
  return { bot, e2e };
}

/** Alice's (or bob's) Element-like client on the device registration gave them. */
export function startHuman(world: E2eeWorld, who: "alice" | "bob"): Promise<ElementLikeClient> {
  return ElementLikeClient.start(world.synapse.baseUrl, world[who]);
}
