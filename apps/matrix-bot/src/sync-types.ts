/** A room event as /sync delivers it. */
export type RoomEvent = {
  event_id: string;
  type: string;
  sender: string;
  origin_server_ts: number;
  state_key?: string;
  content: Record<string, unknown>;
};

/** The parts of a /sync response the bot reads. */
export type SyncResponse = {
  next_batch: string;
  rooms?: {
    invite?: Record<string, { invite_state?: { events?: RoomEvent[] } }>;
    join?: Record<string, { timeline?: { events?: RoomEvent[]; limited?: boolean } }>;
  };
};

/** The sync filter: room timelines with enough room for a burst, no presence, no account data. */
export const SYNC_FILTER = {
  presence: { not_types: ["*"] },
  account_data: { not_types: ["*"] },
  room: {
    timeline: { limit: 100 },
    state: { lazy_load_members: true },
    ephemeral: { not_types: ["*"] },
    account_data: { not_types: ["*"] },
  },
};
