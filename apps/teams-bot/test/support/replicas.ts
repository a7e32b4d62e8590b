import type { Reply } from "@weerbaar/assistant";
import { openStore } from "@weerbaar/store";
import { personalChat, personalMessage, teamsUser } from "@weerbaar/testing/bot-connector";
import type { TestClock } from "@weerbaar/testing/engines";
import { cardOf } from "./cards.ts";
import { type BotUnderTest, NOW, startBot } from "./harness.ts";
import { recordingAssistant, seedStaff } from "./real-assistant.ts";
import { KNOWN_AAD } from "./scripted-assistant.ts";

/** One bot process of several on one database: its own store connection, real assistant and connector emulator. */
export type Replica = BotUnderTest & { replies: readonly Reply[] };

/**
 * Starts a replica on the database at `url`. The first one (`seed`) also adds the staff member who asks; the
 * store's clock is `clock` when given, else the harness's fixed NOW.
 */
export async function startReplica(
  url: string,
  options: { seed?: boolean; clock?: TestClock; fileRetentionDays?: number } = {},
): Promise<Replica> {
  const store = await openStore(url, { now: options.clock?.now ?? (() => NOW) });
  if (options.seed) await seedStaff(store, KNOWN_AAD);
  const assistant = recordingAssistant(store);
  const bot = await startBot({
    assistant,
    store,
    ...(options.fileRetentionDays !== undefined ? { fileRetentionDays: options.fileRetentionDays } : {}),
  });
  return {
    ...bot,
    replies: assistant.replies,
    async close() {
      await bot.close();
      await store.close();
    },
  };
}

/** Asks the replica for the map of Limburg in a personal chat; returns the card's image URL and the PNG drawn. */
export async function askForChart(replica: Replica): Promise<{ imageUrl: string; png: Uint8Array }> {
  const chat = personalChat();
  const user = teamsUser("Anna de Vries", KNOWN_AAD);
  const response = await replica.connector.post(
    personalMessage(replica.connector.context, { user, chat, text: "kaart van Limburg" }),
  );
  if (response.status !== 200) throw new Error(`the bot answered ${response.status}`);
  const [activity] = await replica.connector.waitForReplies(chat.id, 1);
  const image = cardOf(activity).body.find((element) => element.type === "Image") as
    | { url?: unknown }
    | undefined;
  const png = replica.replies.at(-1)?.attachments[0]?.data;
  if (typeof image?.url !== "string" || !png) throw new Error(`no chart in ${JSON.stringify(activity)}`);
  return { imageUrl: image.url, png };
}

/**
 * The card's URL on `replica`: in production PUBLIC_URL is the same for every replica and restart (the load
 * balancer's address); here each bot listens on a port of its own, so only the path is kept.
 */
export function onReplica(replica: Replica, cardUrl: string): string {
  return new URL(new URL(cardUrl).pathname, replica.url).toString();
}
