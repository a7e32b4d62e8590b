import type { PendingEntry } from "./crypto-snapshot.ts";

/** When an undecryptable event is given up on. */
export type GiveUpRule = {
  /** After this long without its key (by the injected clock). */
  afterMs: number;
  /** Or after this many retries that still failed (its session arrived, but without this message's index). */
  maxAttempts: number;
};

/**
 * Encrypted events whose room key has not arrived, keyed by megolm session id. After each sync batch that brought
 * keys, the events of those sessions are tried again; one past the give-up rule is handed back once, for a notice.
 */
export class PendingDecryptions {
  readonly #entries = new Map<string, PendingEntry>();

  /** A list, optionally restored from the persisted store. */
  constructor(
    readonly rule: GiveUpRule,
    readonly now: () => Date,
    restored: PendingEntry[] = [],
  ) {
    for (const entry of restored) this.#entries.set(String(entry.event.event_id), entry);
  }

  /** Remembers an event that could not be decrypted yet (again: keeps its first-seen time). */
  add(roomId: string, event: Record<string, unknown>, sessionId: string): void {
    const eventId = String(event.event_id);
    if (this.#entries.has(eventId)) return;
    this.#entries.set(eventId, { roomId, event, sessionId, firstSeenMs: this.now().getTime(), attempts: 0 });
  }

  /** The events waiting on one of these sessions (to try again). */
  forSessions(sessionIds: ReadonlySet<string>): PendingEntry[] {
    return [...this.#entries.values()].filter((e) => sessionIds.has(e.sessionId));
  }

  /** Done with an event: decrypted, or told about. */
  remove(eventId: string): void {
    this.#entries.delete(eventId);
  }

  /** Counts a retry that still failed. */
  failedAgain(eventId: string): void {
    const entry = this.#entries.get(eventId);
    if (entry) entry.attempts += 1;
  }

  /** Takes out the events past the give-up rule, oldest first. */
  takeExpired(): PendingEntry[] {
    const nowMs = this.now().getTime();
    const expired = [...this.#entries.values()]
      .filter((e) => nowMs - e.firstSeenMs >= this.rule.afterMs || e.attempts >= this.rule.maxAttempts)
      .sort((a, b) => a.firstSeenMs - b.firstSeenMs);
    for (const entry of expired) this.#entries.delete(String(entry.event.event_id));
    return expired;
  }

  /** Everything still waiting, for the persisted store. */
  entries(): PendingEntry[] {
    return [...this.#entries.values()].map((e) => ({ ...e }));
  }

  /** How many events wait. */
  get size(): number {
    return this.#entries.size;
  }
}
