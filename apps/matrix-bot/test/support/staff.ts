import { openStore } from "@weerbaar/store";

/**
 * Puts Matrix users on the staff list of the database at `databaseUrl` (advisors named after their user id),
 * skipping anyone already on it, so several bot processes on one database may each do it.
 */
export async function seatStaffByUserId(databaseUrl: string, userIds: readonly string[]): Promise<void> {
  const store = await openStore(databaseUrl);
  try {
    for (const userId of userIds) {
      if (await store.staff.findByIdentity({ platform: "matrix", userId })) continue;
      await store.staff.upsert(
        { displayName: userId, role: "advisor", identities: [{ platform: "matrix", userId }] },
        { actorId: "system", channel: "test" },
      );
    }
  } finally {
    await store.close();
  }
}
