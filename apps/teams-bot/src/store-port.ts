import type { Store } from "@weerbaar/store";

/**
 * The slice of the store the Teams bot uses: health, conversation references, small key/value state and the
 * files its cards link to.
 */
export type TeamsBotStore = Pick<Store, "health" | "conversationRefs" | "kv" | "files">;
