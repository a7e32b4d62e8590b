import { type Executor, toStored } from "../engine/context.ts";

/**
 * Named leases for leader election between replicas (e.g. only one Matrix bot instance syncs). Not audited:
 * machine state renewed every few seconds.
 */
export interface LeasesRepository {
  /** Takes or renews the lease for `ttlMs`; true when `holder` holds it now (free, expired, or already its own). */
  acquire(name: string, holder: string, ttlMs: number): Promise<boolean>;
  /** Gives the lease up at once, if `holder` holds it. */
  release(name: string, holder: string): Promise<void>;
  /** Who holds the lease now, or undefined when it is free or expired. */
  holder(name: string): Promise<string | undefined>;
}

/** The leases repository over an executor. */
export function leasesRepository(exec: Executor): LeasesRepository {
  return {
    async acquire(name, holder, ttlMs) {
      const now = exec.now();
      const expiresAt = toStored(new Date(now.getTime() + ttlMs));
      // One atomic upsert: the update only happens when the row is ours or has expired.
      const result = await exec.db
        .insertInto("leases")
        .values({ name, holder, expiresAt })
        .onConflict((oc) =>
          oc
            .column("name")
            .doUpdateSet({ holder, expiresAt })
            .where((eb) =>
              eb.or([eb("leases.holder", "=", holder), eb("leases.expiresAt", "<=", toStored(now))]),
            ),
        )
        .executeTakeFirst();
      return Number(result.numInsertedOrUpdatedRows ?? 0n) > 0;
    },

    async release(name, holder) {
      await exec.db.deleteFrom("leases").where("name", "=", name).where("holder", "=", holder).execute();
    },

    async holder(name) {
      const row = await exec.db
        .selectFrom("leases")
        .select(["holder", "expiresAt"])
        .where("name", "=", name)
        .where("expiresAt", ">", toStored(exec.now()))
        .executeTakeFirst();
      return row?.holder;
    },
  };
}
