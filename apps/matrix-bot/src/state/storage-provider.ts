import type { IFilterInfo, IStorageProvider } from "matrix-bot-sdk";
import type { BotStore } from "../bot-store.ts";

/** Keys of events claimed for answering and not answered yet (a marker left behind means the bot stopped). */
export const CLAIMED_PREFIX = "matrix:claimed:";

/** Keys the bot keeps in the store's kv table. */
export const kvKeys = {
  syncToken: "matrix:sync-token",
  filter: "matrix:filter",
  accessToken: (userId: string) => `matrix:access-token:${userId}`,
  value: (key: string) => `matrix:value:${key}`,
  joinedAt: (roomId: string) => `matrix:room:${roomId}:joined-at`,
  direct: (roomId: string) => `matrix:room:${roomId}:direct`,
  encryptionNotice: (roomId: string) => `matrix:room:${roomId}:encryption-notice`,
  // The conversation a replacement room (a room upgrade) carries on; absent for a room that replaced none.
  conversation: (roomId: string) => `matrix:room:${roomId}:conversation`,
  // When someone not on the staff list was last let through to the assistant (its refusal), as an ISO time.
  stranger: (userId: string) => `matrix:stranger:${userId}`,
  question: (eventId: string) => `matrix:question:${eventId}`,
  // The latest question per person in a conversation (the empty person: questions the bot started itself).
  pending: (conversationId: string, userId: string) => `matrix:pending:${conversationId}#${userId}`,
  claimed: (eventId: string) => `${CLAIMED_PREFIX}${eventId}`,
} as const;

/**
 * matrix-bot-sdk's storage on the store's kv table, so sync token and filter live in the same database as
 * everything else (and survive restarts and moves between instances).
 */
export class KvStorageProvider implements IStorageProvider {
  /** Storage over the store's kv repository. */
  constructor(readonly store: BotStore) {}

  /** Saves the token (null forgets it). */
  async setSyncToken(token: string | null): Promise<void> {
    if (token === null) await this.store.kv.delete(kvKeys.syncToken);
    else await this.store.kv.set(kvKeys.syncToken, token);
  }

  /** The last saved token, or null. */
  async getSyncToken(): Promise<string | null> {
    return (await this.store.kv.get(kvKeys.syncToken)) ?? null;
  }

  /** Saves the sync filter. */
  async setFilter(filter: IFilterInfo): Promise<void> {
    await this.store.kv.set(kvKeys.filter, JSON.stringify(filter));
  }

  /** The saved sync filter (the SDK's interface wants null when absent, typed loosely). */
  async getFilter(): Promise<IFilterInfo> {
    const raw = await this.store.kv.get(kvKeys.filter);
    return (raw === undefined ? null : JSON.parse(raw)) as IFilterInfo;
  }

  /** Stores a value for the SDK. */
  async storeValue(key: string, value: string): Promise<void> {
    await this.store.kv.set(kvKeys.value(key), value);
  }

  /** Reads a value stored for the SDK. */
  async readValue(key: string): Promise<string | null> {
    return (await this.store.kv.get(kvKeys.value(key))) ?? null;
  }
}
