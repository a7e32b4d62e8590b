import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { openStore, type Store } from "@weerbaar/store";
import { HumanClient, type MatrixEvent, type SynapseServer, startSynapse } from "@weerbaar/testing/synapse";
import { LogLevel, LogService, MatrixClient } from "matrix-bot-sdk";
import { pino } from "pino";
import type { Assistant } from "../../src/assistant-types.ts";
import { createMatrixBot, type MatrixBot, type MatrixBotOptions } from "../../src/bot.ts";
import { EchoAssistant } from "./echo-assistant.ts";

/** The display name the bot account gets; people mention it by this name. */
export const BOT_NAME = "Weerbaar Bot";

/** A homeserver with a bot account, two allowed people and a stranger. */
export type World = {
  synapse: SynapseServer;
  bot: { userId: string; accessToken: string; password: string };
  alice: HumanClient;
  bob: HumanClient;
  stranger: HumanClient;
  dir: string;
  close(): Promise<void>;
};

LogService.setLevel(LogLevel.ERROR);
LogService.muteModule("MatrixHttpClient");
LogService.muteModule("MatrixClientLite");

/** Starts Synapse and registers the bot, alice and bob (allowed) and a stranger. */
export async function createWorld(options: { rateLimited?: boolean } = {}): Promise<World> {
  const synapse = await startSynapse({ rateLimited: options.rateLimited ?? false });
  const [bot, a, b, s] = await Promise.all([
    synapse.registerUser("weerbaar"),
    synapse.registerUser("alice"),
    synapse.registerUser("bob"),
    synapse.registerUser("mallory"),
  ]);
  await new HumanClient(synapse.baseUrl, bot.userId, bot.accessToken).setDisplayName(BOT_NAME);
  const dir = await mkdtemp(join(tmpdir(), "weerbaar-matrix-"));
  return {
    synapse,
    bot,
    alice: new HumanClient(synapse.baseUrl, a.userId, a.accessToken),
    bob: new HumanClient(synapse.baseUrl, b.userId, b.accessToken),
    stranger: new HumanClient(synapse.baseUrl, s.userId, s.accessToken),
    dir,
    close: async () => {
      await synapse.stop();
      await rm(dir, { recursive: true, force: true });
    },
  };
}

/** A fresh SQLite store file in the world's folder. */
export async function openTestStore(world: World, name = "bot"): Promise<Store> {
  return openStore(`sqlite:${join(world.dir, `${name}.db`)}`);
}

/** A bot wired to the world: alice and bob allowed, silent logs, short long-polls. */
export async function startBot(
  world: World,
  store: Store,
  overrides: Partial<MatrixBotOptions> & { assistant?: Assistant } = {},
): Promise<MatrixBot> {
  const bot = createMatrixBot({
    client: new MatrixClient(world.synapse.baseUrl, world.bot.accessToken),
    assistant: overrides.assistant ?? new EchoAssistant(),
    store,
    allow: { users: [world.alice.userId, world.bob.userId], servers: [] },
    logger: pino({ level: process.env.BOT_LOG_LEVEL ?? "silent" }),
    syncTimeoutMs: 1000,
    leaseSlotMs: 4000,
    ...overrides,
  });
  await bot.start();
  return bot;
}

/** A DM from `human` to the bot, joined by the bot. */
export async function directRoom(world: World, human: HumanClient): Promise<string> {
  const roomId = await human.createRoom({ directWith: world.bot.userId });
  await waitForJoin(human, roomId, world.bot.userId);
  return roomId;
}

/** Waits until `userId` has joined the room. */
export async function waitForJoin(human: HumanClient, roomId: string, userId: string): Promise<void> {
  await human.waitForEvent(
    roomId,
    (e) => e.type === "m.room.member" && e.state_key === userId && e.content.membership === "join",
    15_000,
  );
}

/** The text body of an event. */
export function bodyOf(event: MatrixEvent): string {
  return String(event.content.body ?? "");
}

/** True for a message the bot sent. */
export function fromBot(world: World): (event: MatrixEvent) => boolean {
  return (event) => event.sender === world.bot.userId && event.type === "m.room.message";
}
