import type { Store } from "@weerbaar/store";

/**
 * What the bot needs of the store: its key/value state, handled-event ids, the leader lease, a health check,
 * transactions (an event is marked handled and claimed in one) and the staff list (who it answers).
 */
export type BotStore = Pick<Store, "kv" | "leases" | "health" | "transaction" | "staff">;
