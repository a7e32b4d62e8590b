import { join } from "node:path";
import { openStore, type Store } from "@weerbaar/store";
import {
  type HumanClient,
  isReplyTo,
  type MatrixEvent,
  type SendTextOptions,
} from "@weerbaar/testing/synapse";
import type { Assistant } from "../../src/assistant-types.ts";
import type { MatrixBot, MatrixBotOptions } from "../../src/bot.ts";
import { EchoAssistant } from "./echo-assistant.ts";
import { createWorld, directRoom, startBot, type World, waitForJoin } from "./world.ts";

/** A person of the world on the staff list: who, under which name and role. */
export type StaffSeat = { who: "alice" | "bob"; name?: string; role?: "admin" | "advisor" };

/** Alice (admin) and Bob (advisor): the people the echo-assistant scenarios talk as. */
export const DEFAULT_STAFF: readonly StaffSeat[] = [
  { who: "alice", name: "Alice", role: "admin" },
  { who: "bob", name: "Bob", role: "advisor" },
];

/** Builds the assistant over the scenario's store (the real assistant needs it). */
export type AssistantFactory = (store: Store, world: World) => Assistant;

/** What a scenario is made of; everything has a default. */
export type ScenarioOptions = {
  /** The assistant, or how to build it over the store; an EchoAssistant by default. */
  assistant?: Assistant | AssistantFactory;
  /** Who is on the staff list before the bot starts; alice and bob by default, `[]` for nobody. */
  staff?: readonly StaffSeat[];
  /** The store's clock (stamps every write); the real clock by default. */
  now?: () => Date;
  /** Synapse with low message limits (M_LIMIT_EXCEEDED). */
  rateLimited?: boolean;
  /** Bot options over the test defaults (silent logs, short long-polls, alice and bob allowed). */
  bot?: Partial<MatrixBotOptions>;
  /** Start the bot now (default); false leaves it to `startBot`. */
  start?: boolean;
};

/** A running scenario: a homeserver, its people, a store and (usually) a started bot. */
export type MatrixScenario = {
  world: World;
  store: Store;
  /** The bot started last. */
  bot: MatrixBot;
  /** The assistant of the bot started last. */
  assistant: Assistant;
  /** Alice: allowed, on the staff list by default; the scenario's human unless said otherwise. */
  alice: HumanClient;
  /** Bob: allowed, on the staff list by default. */
  bob: HumanClient;
  /** Mallory: neither allowed nor staff. */
  stranger: HumanClient;
  /** Starts another bot (on the scenario's store unless `store` is given); it becomes `bot`. */
  startBot(overrides?: Partial<MatrixBotOptions> & { assistant?: Assistant }): Promise<MatrixBot>;
  /** Stops the current bot and starts a new one on the same store. */
  restartBot(overrides?: Partial<MatrixBotOptions> & { assistant?: Assistant }): Promise<MatrixBot>;
  /** Another SQLite store in the world's folder with the same staff list, closed at cleanup. */
  openStore(name: string): Promise<Store>;
  /** A direct chat of `human` (alice by default) with the bot, joined by the bot. */
  directRoom(human?: HumanClient): Promise<string>;
  /** A group room alice creates with the bot and `members` (bob by default), everyone joined. */
  groupRoom(options?: { name?: string; members?: HumanClient[] }): Promise<string>;
  /** Sends a text as `human` and waits for the bot's reply to it. */
  ask(
    human: HumanClient,
    roomId: string,
    text: string,
    options?: SendTextOptions & { timeoutMs?: number },
  ): Promise<MatrixEvent>;
  /** Stops every bot, closes every store and the homeserver. */
  cleanup(): Promise<void>;
};

/** Puts the given people of the world on the store's staff list under their Matrix accounts. */
export async function seatStaff(store: Store, world: World, seats: readonly StaffSeat[]): Promise<void> {
  for (const seat of seats) {
    const human = world[seat.who];
    await store.staff.upsert(
      {
        displayName: seat.name ?? seat.who,
        role: seat.role ?? "advisor",
        identities: [{ platform: "matrix", userId: human.userId }],
      },
      { actorId: "system", channel: "test" },
    );
  }
}

/**
 * The setup every end-to-end test shares: a Synapse with the bot account, alice, bob and a stranger; a SQLite
 * store with the staff list; and a bot on it, started. `cleanup()` in afterAll takes it all down again.
 */
export async function matrixScenario(options: ScenarioOptions = {}): Promise<MatrixScenario> {
  const world = await createWorld({ rateLimited: options.rateLimited ?? false });
  const stores: Store[] = [];
  const bots: MatrixBot[] = [];
  try {
    const store = await openStore(
      `sqlite:${join(world.dir, "bot.db")}`,
      options.now ? { now: options.now } : {},
    );
    stores.push(store);
    const seats = options.staff ?? DEFAULT_STAFF;
    await seatStaff(store, world, seats);
    const given = options.assistant ?? new EchoAssistant();
    const first = typeof given === "function" ? given(store, world) : given;
    const t: MatrixScenario = {
      world,
      store,
      bot: undefined as unknown as MatrixBot,
      assistant: first,
      alice: world.alice,
      bob: world.bob,
      stranger: world.stranger,
      async startBot(overrides = {}) {
        const assistant = overrides.assistant ?? t.assistant;
        const bot = await startBot(world, overrides.store ? (overrides.store as Store) : store, {
          ...options.bot,
          ...overrides,
          assistant,
        });
        bots.push(bot);
        t.bot = bot;
        t.assistant = assistant;
        return bot;
      },
      async restartBot(overrides = {}) {
        await t.bot?.stop();
        return t.startBot(overrides);
      },
      async openStore(name) {
        const extra = await openStore(`sqlite:${join(world.dir, `${name}.db`)}`);
        stores.push(extra);
        await seatStaff(extra, world, seats);
        return extra;
      },
      directRoom: (human = world.alice) => directRoom(world, human),
      async groupRoom({ name = "Team", members = [world.bob] } = {}) {
        const roomId = await world.alice.createRoom({
          name,
          invite: [...members.map((m) => m.userId), world.bot.userId],
        });
        for (const member of members) await member.join(roomId);
        await waitForJoin(world.alice, roomId, world.bot.userId);
        for (const member of members) await waitForJoin(world.alice, roomId, member.userId);
        return roomId;
      },
      async ask(human, roomId, text, { timeoutMs = 15_000, ...sendOptions } = {}) {
        const asked = await human.sendText(roomId, text, sendOptions);
        return human.waitForEvent(roomId, (e) => isReplyTo(e, asked), timeoutMs);
      },
      async cleanup() {
        for (const bot of bots) await bot.stop().catch(() => undefined);
        for (const s of stores) await s.close().catch(() => undefined);
        await world.close();
      },
    };
    if (options.start ?? true) await t.startBot();
    return t;
  } catch (error) {
    for (const bot of bots) await bot.stop().catch(() => undefined);
    for (const s of stores) await s.close().catch(() => undefined);
    await world.close();
    throw error;
  }
}
