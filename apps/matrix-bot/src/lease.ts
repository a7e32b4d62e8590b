import type { KvRepository } from "@weerbaar/store";

/** Lease settings. */
export type SlotLeaseOptions = {
  /** The store's kv: `markProcessed` is the one atomic "insert unless it exists" the lease relies on. */
  kv: Pick<KvRepository, "get" | "set" | "markProcessed">;
  /** Lease name, shared by every instance that must not run at the same time. */
  name: string;
  /** Slot length; a dead leader is replaced within about 1.5 slots. */
  slotMs: number;
  now: () => Date;
};

/**
 * Leader election on one atomic insert, so it works the same on SQLite and PostgreSQL: time is cut into
 * slots and whoever first inserts `lease:<name>:<epoch>:<slot>` leads in that slot. The leader claims the
 * next slot halfway through its own, so followers (who only claim the current slot) take over only when it
 * stopped renewing. A leader that stops cleanly bumps the epoch, which frees the lease at once.
 * `check()` is called every few seconds and answers whether this instance leads now.
 */
export class SlotLease {
  readonly #owned = new Set<string>();
  #epoch = "0";

  /** A lease with no slots claimed yet. */
  constructor(readonly options: SlotLeaseOptions) {}

  get #epochKey(): string {
    return `lease:${this.options.name}:epoch`;
  }

  #slotAt(ms: number): number {
    return Math.floor(ms / this.options.slotMs);
  }

  #id(slot: number): string {
    return `lease:${this.options.name}:${this.#epoch}:${slot}`;
  }

  async #tryClaim(slot: number): Promise<boolean> {
    const id = this.#id(slot);
    if (this.#owned.has(id)) return true;
    const won = await this.options.kv.markProcessed(id);
    if (won) this.#owned.add(id);
    return won;
  }

  /** Claims what is due and tells whether this instance holds the current slot. */
  async check(): Promise<boolean> {
    this.#epoch = (await this.options.kv.get(this.#epochKey)) ?? "0";
    const nowMs = this.options.now().getTime();
    const slot = this.#slotAt(nowMs);
    const current = this.#id(slot);
    for (const owned of this.#owned)
      if (owned !== current && owned !== this.#id(slot + 1)) this.#owned.delete(owned);
    const leading = await this.#tryClaim(slot);
    if (leading && nowMs - slot * this.options.slotMs >= this.options.slotMs / 2)
      await this.#tryClaim(slot + 1);
    return leading;
  }

  /** Whether the current slot is ours, without a database round trip. */
  holds(): boolean {
    return this.#owned.has(this.#id(this.#slotAt(this.options.now().getTime())));
  }

  /** Gives the lease up: a leader bumps the epoch so another instance can lead at once. */
  async release(): Promise<void> {
    const leading = this.holds();
    this.#owned.clear();
    if (leading) await this.options.kv.set(this.#epochKey, String(Number(this.#epoch) + 1));
  }
}
