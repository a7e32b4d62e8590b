/** A room event as /sync delivers it. */
export type RoomEvent = {
  event_id: string;
  type: string;
  sender: string;
  origin_server_ts: number;
  state_key?: string;
  content: Record<string, unknown>;
};

/** An event sent to this device (key exchange: room keys, key requests, verification), not to a room. */
export type ToDeviceEvent = { type: string; sender: string; content: Record<string, unknown> };

/** The parts of a /sync response the bot reads. */
export type SyncResponse = {
  next_batch: string;
  rooms?: {
    invite?: Record<string, { invite_state?: { events?: RoomEvent[] } }>;
    join?: Record<string, { timeline?: { events?: RoomEvent[]; limited?: boolean; prev_batch?: string } }>;
  };
  // What end-to-end encryption reads (see rooms/room-crypto.ts); the bot itself does not look at these.
  to_device?: { events?: ToDeviceEvent[] };
  device_lists?: { changed?: string[]; left?: string[] };
  device_one_time_keys_count?: Record<string, number>;
  device_unused_fallback_key_types?: string[];
};

/** Events per room in one /sync, and per page when catching up on what a limited sync left out. */
export const TIMELINE_LIMIT = 100;

/** The sync filter: room timelines with enough room for a burst, no presence, no account data. */
export function syncFilter(timelineLimit = TIMELINE_LIMIT) {
  return {
    presence: { not_types: ["*"] },
    account_data: { not_types: ["*"] },
    room: {
      timeline: { limit: timelineLimit },
      state: { lazy_load_members: true },
      ephemeral: { not_types: ["*"] },
      account_data: { not_types: ["*"] },
    },
  };
}

/** A page of room events from /rooms/{roomId}/messages, newest first when paging backwards. */
export type MessagesPage = { chunk?: RoomEvent[]; end?: string };

/** The events the bot may answer: what a catch-up after a limited sync asks /messages for. */
export const ANSWERABLE_TYPES = ["m.room.message", "m.reaction", "m.room.encrypted"];
