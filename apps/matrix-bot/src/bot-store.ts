import type { Store } from "@weerbaar/store";

/** What the bot needs of the store: its key/value state, handled-event ids, the leader lease and a health check. */
export type BotStore = Pick<Store, "kv" | "leases" | "health">;
