import type { Store } from "@weerbaar/store";
import type { VerificationPolicy } from "./verification.ts";

/** The production rule: whoever is on the staff list with this Matrix id may verify the bot. */
export function staffVerification(store: Pick<Store, "staff">): VerificationPolicy {
  return {
    isStaff: async (userId) =>
      (await store.staff.findByIdentity({ platform: "matrix", userId })) !== undefined,
  };
}
