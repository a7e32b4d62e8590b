import type { Store } from "@weerbaar/store";

/** The slice of the store the Teams bot uses: health, conversation references and small key/value state. */
export type TeamsBotStore = Pick<Store, "health" | "conversationRefs" | "kv">;
