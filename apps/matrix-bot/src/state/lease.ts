import { randomBytes } from "node:crypto";
import type { LeasesRepository } from "@weerbaar/store";

/** The name of the Matrix bot's lease: every instance on one database competes for it. */
export const MATRIX_LEASE_NAME = "matrix-bot";

/**
 * One instance's hold on a lease, for writes that must not land once it is lost (fenced writes, e.g. the crypto
 * store in crypto/snapshot-store.ts): the lease's name, this instance's holder id and the lease's ttl.
 */
export type LeaseHold = { name: string; holder: string; ttlMs: number };

/** Whether `hold.holder` holds the lease now, asked of the database (not the local clock). */
export async function stillHolds(
  leases: Pick<LeasesRepository, "holder">,
  hold: LeaseHold,
): Promise<boolean> {
  return (await leases.holder(hold.name)) === hold.holder;
}

/** Lease settings. */
export type LeaderLeaseOptions = {
  leases: Pick<LeasesRepository, "acquire" | "release">;
  /** Lease name, shared by every instance that must not sync at the same time. */
  name: string;
  /** How long one acquisition lasts; a dead leader is replaced within about this long. */
  ttlMs: number;
  now: () => Date;
  /** This instance's id; random by default. */
  holder?: string;
};

/**
 * Leader election over the store's lease row, the same on SQLite and PostgreSQL: the leader renews the lease
 * well before it expires (`check()` runs every quarter of the ttl); another instance gets it only once it has
 * expired, so a dead leader is replaced within one ttl, and one that stops cleanly releases it at once.
 */
export class LeaderLease {
  readonly #holder: string;
  #heldUntil = 0;

  /** A lease not held yet. */
  constructor(readonly options: LeaderLeaseOptions) {
    this.#holder = options.holder ?? randomBytes(8).toString("hex");
  }

  /** Takes or renews the lease and tells whether this instance leads now. */
  async check(): Promise<boolean> {
    const { leases, name, ttlMs, now } = this.options;
    const startedAt = now().getTime();
    const held = await leases.acquire(name, this.#holder, ttlMs);
    this.#heldUntil = held ? startedAt + ttlMs : 0;
    return held;
  }

  /** Whether the lease is ours, without a database round trip. */
  holds(): boolean {
    return this.options.now().getTime() < this.#heldUntil;
  }

  /** Gives the lease up so another instance can lead at once. */
  async release(): Promise<void> {
    const leading = this.holds();
    this.#heldUntil = 0;
    if (leading) await this.options.leases.release(this.options.name, this.#holder);
  }
}
