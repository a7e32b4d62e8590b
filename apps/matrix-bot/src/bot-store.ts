import type { Store } from "@weerbaar/store";

/**
 * What the bot needs of the store: its key/value state, handled-event ids, the leader lease, a health check, and
 * transactions (an event is marked handled and claimed in one).
 */
export type BotStore = Pick<Store, "kv" | "leases" | "health" | "transaction">;
