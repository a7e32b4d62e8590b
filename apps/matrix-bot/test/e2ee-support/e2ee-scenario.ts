// The setup every encrypted end-to-end test shares, in the style of ../support/fixture.ts (matrixScenario).
import { Preset } from "matrix-js-sdk";
import type { Assistant } from "../../src/assistant-types.ts";
import type { MatrixBot } from "../../src/bot.ts";
import type { EndToEnd } from "../../src/crypto/index.ts";
import {
  createE2eeWorld,
  type E2eeBotOptions,
  type E2eeWorld,
  startE2eeBot,
  startHuman,
} from "./e2ee-world.ts";
import type { ElementLikeClient } from "./element-like-client.ts";

/** Who of the world gets an Element-like client at setup. */
export type E2eeHuman = "alice" | "bob";

/** What an encrypted scenario is made of; everything has a default. */
export type E2eeScenarioOptions = Omit<E2eeBotOptions, "assistant"> & {
  /** The assistant, or how to build it over the world (its store); an EchoAssistant by default. */
  assistant?: Assistant | ((world: E2eeWorld) => Assistant);
  /** The people whose clients start; alice by default, `[]` for nobody. */
  humans?: readonly E2eeHuman[];
  /** A homeserver that encrypts every new room (default), or one that leaves them in the clear. */
  encryptionByDefault?: boolean;
  /** Start the bot now (default); false leaves it to `startBot`. */
  start?: boolean;
};

/** A running encrypted scenario: a homeserver, a store, the bot with encryption and Element-like people. */
export type E2eeScenario = {
  world: E2eeWorld;
  /** The bot started last (throws before the first start). */
  readonly bot: MatrixBot;
  /** The crypto seam of the bot started last, to look at its device. */
  readonly e2e: EndToEnd;
  /** Alice's client (throws unless she is one of `humans`). */
  readonly alice: ElementLikeClient;
  /** Bob's client (throws unless he is one of `humans`). */
  readonly bob: ElementLikeClient;
  /** An encrypted group room "Team" alice makes with the bot and bob (both clients needed), everyone joined. */
  groupRoom(): Promise<string>;
  /** Starts a bot on the world's store and crypto file with the scenario's options and these over them. */
  startBot(overrides?: E2eeBotOptions): Promise<MatrixBot>;
  /** Stops the current bot (if any) and starts another on the same store and crypto file. */
  restartBot(overrides?: E2eeBotOptions): Promise<MatrixBot>;
  /** Stops the current bot, if one runs (e.g. before a start that must fail). */
  stopBot(): Promise<void>;
  /** Stops the people's clients and the bot, then closes the store and the homeserver. */
  cleanup(): Promise<void>;
};

/**
 * Builds an encrypted scenario: `createE2eeWorld`, the bot (`startE2eeBot`, unless `start: false`) and the
 * people's clients (`startHuman`); `cleanup()` in afterAll takes it all down again.
 */
export async function e2eeScenario(options: E2eeScenarioOptions = {}): Promise<E2eeScenario> {
  const { assistant: given, humans = ["alice"], encryptionByDefault, start = true, ...botOptions } = options;
  const world = await createE2eeWorld(encryptionByDefault === undefined ? {} : { encryptionByDefault });
  const clients = new Map<E2eeHuman, ElementLikeClient>();
  let running: { bot: MatrixBot; e2e: EndToEnd } | undefined;
  const assistant = typeof given === "function" ? given(world) : given;
  const current = () => {
    if (!running) throw new Error("no bot runs in this scenario (start: false, or it was stopped)");
    return running;
  };
  const human = (who: E2eeHuman) => {
    const client = clients.get(who);
    if (!client) throw new Error(`${who} has no client in this scenario (see \`humans\`)`);
    return client;
  };
  const cleanup = async () => {
    for (const client of clients.values()) client.stop();
    await running?.bot.stop().catch(() => undefined);
    await world.close();
  };
  const t: E2eeScenario = {
    world,
    get bot() {
      return current().bot;
    },
    get e2e() {
      return current().e2e;
    },
    get alice() {
      return human("alice");
    },
    get bob() {
      return human("bob");
    },
    async groupRoom() {
      const alice = human("alice");
      const { room_id: roomId } = await alice.client.createRoom({
        preset: Preset.PrivateChat,
        name: "Team",
        invite: [world.bot.userId, world.bob.userId],
      });
      await human("bob").client.joinRoom(roomId);
      await alice.waitFor(roomId, (e) => e.type === "m.room.member" && e.sender === world.bot.userId);
      await alice.waitFor(roomId, (e) => e.type === "m.room.member" && e.sender === world.bob.userId);
      return roomId;
    },
    async startBot(overrides = {}) {
      running = await startE2eeBot(world, {
        ...botOptions,
        ...(assistant ? { assistant } : {}),
        ...overrides,
      });
      return running.bot;
    },
    async restartBot(overrides = {}) {
      await t.stopBot();
      return t.startBot(overrides);
    },
    async stopBot() {
      await running?.bot.stop();
      running = undefined;
    },
    cleanup,
  };
  try {
    if (start) await t.startBot();
    await Promise.all(humans.map(async (who) => clients.set(who, await startHuman(world, who))));
    return t;
  } catch (error) {
    await cleanup();
    throw error;
  }
}
