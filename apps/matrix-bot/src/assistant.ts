import { createAssistant } from "@weerbaar/assistant";
import type { Store } from "@weerbaar/store";
import type { Assistant } from "./assistant-types.ts";

/** The real assistant over the store, with the configured administrators ("matrix:@u:s", "teams:<aad>"). */
export function loadAssistant(store: Store, admins: readonly string[]): Assistant {
  return createAssistant({ store, admins });
}
