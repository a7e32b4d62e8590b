import type { RoomEvent, SyncResponse } from "./sync/sync-types.ts";

/** A timeline event and its room. */
export type RoomEventIn = { roomId: string; event: RoomEvent };

/**
 * Where end-to-end encryption plugs into the adapter; every hook is optional and the bot works without any.
 *
 * - `onSync`: each /sync response, before its rooms are handled (sync/handle-sync.ts): to-device events, device
 *   list changes and one-time/fallback key counts arrive here.
 * - `incoming`: each timeline event (live and caught-up) before it is dispatched and addressed
 *   (incoming/room-event.ts): an `m.room.encrypted` event comes back as the event it holds; `undefined` drops it.
 * - `outgoing`: every room event the bot sends (messages, notices, files, reactions), in
 *   outgoing/sender.ts `MatrixSender.sendEvent`: it returns the type and content to PUT, e.g. `m.room.encrypted`.
 * - `start`/`stop`, `lead`/`standDown`, `afterSync`/`commit` and `encryptAttachment`: the store's life (open only
 *   on the lease holder), keys that arrived late, and encrypted files (src/crypto/end-to-end.ts implements them all).
 */
export type RoomCrypto = {
  /** At bot start, on every instance (standbys too): loads what it needs; throwing refuses the start. */
  start?(self: { userId: string }): Promise<void>;
  /**
   * While this instance holds the lease, before each sync (a no-op once open): opens the crypto store, read back
   * fresh, so a takeover never works from a copy read before the last leader's writes. At start (when the lease
   * is taken at once) throwing refuses the start; in the sync loop the lead is tried again after a back-off.
   */
  lead?(): Promise<void>;
  /** When the lease is lost (a no-op when not open): frees the store without writing it (another leads now). */
  standDown?(): Promise<void>;
  onSync?(response: SyncResponse): Promise<void>;
  incoming?(roomId: string, event: RoomEvent): Promise<RoomEvent | undefined>;
  /**
   * After a batch's rooms: the events whose keys arrived since (handled as live events), and those that never
   * will decrypt (their senders get one notice each).
   */
  afterSync?(): Promise<{ ready: RoomEventIn[]; undecryptable: RoomEventIn[] }>;
  /** At the very end of a batch, before its sync token is saved: writes the crypto store out. */
  commit?(): Promise<void>;
  /** When the bot stops while it leads: writes the store out and frees it. */
  stop?(): Promise<void>;
  /** In an encrypted room: the attachment's bytes encrypted for upload and how the event points at them. */
  encryptAttachment?(
    roomId: string,
    data: Uint8Array,
  ): Promise<
    { bytes: Uint8Array; mimeType: string; fileFor(url: string): Record<string, unknown> } | undefined
  >;
  outgoing?(
    roomId: string,
    type: string,
    content: Record<string, unknown>,
  ): Promise<{ type: string; content: Record<string, unknown> }>;
};
