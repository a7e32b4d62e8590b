import type { HumanClient } from "@weerbaar/testing/synapse";

/** A typing or receipt event of a room, as /sync delivers it. */
export type EphemeralEvent = { type: string; content: Record<string, unknown> };

const FILTER = JSON.stringify({
  presence: { not_types: ["*"] },
  account_data: { not_types: ["*"] },
  room: {
    timeline: { limit: 0 },
    state: { not_types: ["*"] },
    account_data: { not_types: ["*"] },
    ephemeral: { types: ["m.typing", "m.receipt"] },
  },
});

/**
 * What a person's client sees of a room's ephemeral events (who is typing, read receipts) through its own /sync
 * (HumanClient keeps only timelines). Waits are bounded and end as soon as the event is seen.
 */
export class EphemeralWatcher {
  readonly #seen = new Map<string, EphemeralEvent[]>();
  #since: string | undefined;

  /** Watches for `human`. */
  constructor(readonly human: HumanClient) {}

  /** Every ephemeral event of the room seen so far, oldest first. */
  events(roomId: string): EphemeralEvent[] {
    return [...(this.#seen.get(roomId) ?? [])];
  }

  /** One /sync round (long-poll up to `timeoutMs` once a position is known). */
  async sync(timeoutMs: number): Promise<void> {
    const params = new URLSearchParams({ filter: FILTER, timeout: String(this.#since ? timeoutMs : 0) });
    if (this.#since) params.set("since", this.#since);
    const body = await this.human.request<{
      next_batch: string;
      rooms?: { join?: Record<string, { ephemeral?: { events?: EphemeralEvent[] } }> };
    }>("GET", `/_matrix/client/v3/sync?${params}`);
    this.#since = body.next_batch;
    for (const [roomId, room] of Object.entries(body.rooms?.join ?? {})) {
      const list = this.#seen.get(roomId) ?? [];
      list.push(...(room.ephemeral?.events ?? []));
      this.#seen.set(roomId, list);
    }
  }

  /**
   * Waits (bounded) until an ephemeral event of the room matches; events seen before count too, from the
   * `after`-th on (pass `events(roomId).length` to wait for a newer one).
   */
  async waitFor(
    roomId: string,
    predicate: (event: EphemeralEvent) => boolean,
    { timeoutMs = 15_000, after = 0 }: { timeoutMs?: number; after?: number } = {},
  ): Promise<EphemeralEvent> {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const found = this.events(roomId).slice(after).find(predicate);
      if (found) return found;
      const remaining = deadline - Date.now();
      if (remaining <= 0) {
        const seen = this.events(roomId).map((e) => JSON.stringify(e).slice(0, 200));
        throw new Error(
          `no matching ephemeral event in ${roomId} within ${timeoutMs} ms; seen:\n${seen.join("\n")}`,
        );
      }
      await this.sync(Math.min(remaining, 2000));
    }
  }
}

/** True for an m.typing event that lists `userId` among the typists (or, with `typing` false, does not). */
export function typingOf(userId: string, typing = true): (event: EphemeralEvent) => boolean {
  return (event) => {
    if (event.type !== "m.typing") return false;
    const ids = (event.content.user_ids as string[] | undefined) ?? [];
    return ids.includes(userId) === typing;
  };
}

/** True for an m.receipt event holding `userId`'s m.read receipt on `eventId`. */
export function readReceiptOf(userId: string, eventId: string): (event: EphemeralEvent) => boolean {
  return (event) => {
    if (event.type !== "m.receipt") return false;
    const receipts = event.content[eventId] as { "m.read"?: Record<string, unknown> } | undefined;
    return receipts?.["m.read"]?.[userId] !== undefined;
  };
}
