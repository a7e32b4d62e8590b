import { randomBytes } from "node:crypto";
import type * as Wasm from "@matrix-org/matrix-sdk-crypto-wasm";
import type { Logger } from "pino";
import type { RoomEvent, SyncResponse } from "../sync/sync-types.ts";
import {
  CryptoStoreError,
  decodeSnapshot,
  encodeSnapshot,
  type PendingEntry,
  snapshotDigest,
} from "./crypto-snapshot.ts";
import { cryptoPaths, type MatrixRequest, matrixErrorBody } from "./http.ts";
import { dumpDatabases, globalIndexedDB, restoreDatabases } from "./indexeddb-snapshot.ts";
import { type OutgoingCryptoRequest, publishesKeys, sendCryptoRequest } from "./outgoing-requests.ts";
import { type GiveUpRule, PendingDecryptions } from "./pending-decryptions.ts";
import type { SnapshotStore } from "./snapshot-store.ts";
import { createVerifier, isRoomVerificationEvent, type VerificationPolicy } from "./verification.ts";

/** The end-to-end parts of a /sync response. */
export type CryptoSync = Pick<
  SyncResponse,
  "to_device" | "device_lists" | "device_one_time_keys_count" | "device_unused_fallback_key_types"
>;

/** A room event as the bot handles it (after decryption: the clear type and content, the same ids). */
export type CryptoRoomEvent = RoomEvent;

/** What became of an `m.room.encrypted` event. */
export type DecryptOutcome =
  | { kind: "decrypted"; event: CryptoRoomEvent }
  /** Its room key has not arrived: kept, and handed back by retryPending when it does. */
  | { kind: "pending" }
  /** It will never decrypt (not megolm, forged sender, …). */
  | { kind: "failed"; reason: string };

/** What the events waiting for keys came to after a sync batch. */
export type RetryOutcome = {
  /** Decrypted now: handle them as if they had just arrived. */
  ready: Array<{ roomId: string; event: CryptoRoomEvent }>;
  /** Given up on: tell their senders once. */
  expired: Array<{ roomId: string; event: CryptoRoomEvent }>;
};

/** Options of {@link openBotCrypto}. */
export type BotCryptoOptions = {
  /** The bot's access token's requests (with its retries). */
  request: MatrixRequest;
  /** Where the crypto store is written out between runs. */
  snapshots: SnapshotStore;
  /** Encrypts the crypto store (from MATRIX_CRYPTO_PASSPHRASE or its file). */
  passphrase: string;
  /** The account's password, for the user-interactive auth of a cross-signing upload when Synapse asks. */
  password?: string;
  now?: () => Date;
  logger?: Logger;
  /** When an event whose key never arrives is given up on; default 10 minutes or 5 failed retries. */
  giveUp?: Partial<GiveUpRule>;
  /** Interactive verification (SAS emoji) by staff; without it verification requests are left unanswered. */
  verification?: VerificationPolicy;
};

/** The bot's end-to-end encryption, driven by its own sync loop. */
export interface BotCrypto {
  readonly userId: string;
  readonly deviceId: string;
  /** The device's ed25519 key (what people compare when they verify the bot). */
  readonly ed25519Key: string;
  /** Feeds one sync batch's to-device events, device-list changes and key counts in, and sends what follows. */
  receiveSync(sync: CryptoSync): Promise<void>;
  /** Follows `m.room.encryption` when the bot sees it (a room that turns encryption on mid-conversation). */
  noteEvent(roomId: string, event: { type: string; state_key?: string }): void;
  /** Whether messages into the room must be encrypted. */
  isEncrypted(roomId: string): Promise<boolean>;
  /** Decrypts a timeline event of type `m.room.encrypted`. */
  decrypt(roomId: string, event: CryptoRoomEvent): Promise<DecryptOutcome>;
  /** Tries the waiting events whose keys arrived, and takes out those past the give-up rule. */
  retryPending(): Promise<RetryOutcome>;
  /** Encrypts an event for the room's members (tracking them, claiming sessions, sharing the room key first). */
  encrypt(roomId: string, type: string, content: Record<string, unknown>): Promise<Record<string, unknown>>;
  /** Writes the store out when it changed (after every batch; before any key upload it is done anyway). */
  persist(): Promise<void>;
  /** Persists and frees the machine. */
  close(): Promise<void>;
  /**
   * Frees the machine without writing the store out: this instance lost the lease, so another one may have
   * written a newer copy, which this one's must not overwrite.
   */
  discard(): Promise<void>;
}

const GIVE_UP: GiveUpRule = { afterMs: 10 * 60_000, maxAttempts: 5 };
// A room without m.room.encryption is asked again after this long, in case the bot missed the event turning it on.
const PLAIN_ROOM_RECHECK_MS = 60_000;

let loaded: Promise<typeof Wasm> | undefined;

/**
 * Loads the Rust crypto (about 20 MB of wasm) and the in-memory IndexedDB it keeps its store in, once, on first
 * use: a bot without encryption configured never pays for them.
 */
export function loadCryptoModule(): Promise<typeof Wasm> {
  loaded ??= (async () => {
    await import("fake-indexeddb/auto");
    const wasm = await import("@matrix-org/matrix-sdk-crypto-wasm");
    await wasm.initAsync();
    return wasm;
  })();
  return loaded;
}

/** A tiny mutex: the machine's requests are sent by one flow at a time, so none goes out twice. */
function serialized() {
  let tail: Promise<unknown> = Promise.resolve();
  return <T>(fn: () => Promise<T>): Promise<T> => {
    const run = tail.then(fn, fn);
    tail = run.catch(() => undefined);
    return run;
  };
}

/**
 * The IndexedDB name of one opening of a device's store. fake-indexeddb is global to the process, and a machine
 * that failed to open (a wrong passphrase) keeps its connections, so every opening gets databases of its own.
 */
function storeNameOf(userId: string, deviceId: string): string {
  return `weerbaar-crypto:${userId}:${deviceId}:${randomBytes(4).toString("hex")}`;
}

/**
 * Opens the bot's crypto: reads its persisted store back into IndexedDB, refuses a missing store for a device
 * whose keys the server already has (or a corrupted one, or one of another device), initializes the OlmMachine,
 * cross-signs a new device, and uploads its keys (after writing the store out).
 */
export async function openBotCrypto(options: BotCryptoOptions): Promise<BotCrypto> {
  const wasm = await loadCryptoModule();
  const { request, snapshots } = options;
  const now = options.now ?? (() => new Date());
  const log = options.logger;
  const whoami = (await request("GET", cryptoPaths.whoami)) as { user_id: string; device_id?: string };
  const userId = whoami.user_id;
  const deviceId = whoami.device_id;
  if (!deviceId) {
    throw new CryptoStoreError(
      "The access token has no device, so the bot cannot encrypt. / Het toegangstoken hoort bij geen apparaat.",
    );
  }
  const storeName = storeNameOf(userId, deviceId);
  const bytes = await snapshots.read();
  let restoredPending: PendingEntry[] = [];
  if (bytes === undefined) {
    await refuseIfDeviceKnown(request, userId, deviceId, snapshots.where);
  } else {
    const snapshot = decodeSnapshot(bytes, snapshots.where);
    if (snapshot.userId !== userId || snapshot.deviceId !== deviceId) {
      throw new CryptoStoreError(
        `The Matrix crypto store in ${snapshots.where} belongs to ${snapshot.userId} device ${snapshot.deviceId}, ` +
          `but the access token is ${userId} device ${deviceId}. Use that device's token, or move the store ` +
          `away to start the new device. / De cryptostore hoort bij een ander apparaat (${snapshot.deviceId}) ` +
          `dan het toegangstoken (${deviceId}).`,
      );
    }
    // The snapshot names its databases without the opening's prefix (see persistNow).
    const databases = snapshot.databases.map((d) => ({ ...d, name: `${storeName}${d.name}` }));
    await restoreDatabases(globalIndexedDB(), databases);
    restoredPending = snapshot.pending;
  }

  let machine: Wasm.OlmMachine;
  try {
    machine = await wasm.OlmMachine.initialize(
      new wasm.UserId(userId),
      new wasm.DeviceId(deviceId),
      storeName,
      options.passphrase,
    );
  } catch (error) {
    forgetOpening(storeName);
    throw new CryptoStoreError(
      `The Matrix crypto store in ${snapshots.where} cannot be opened (wrong passphrase or damaged): ` +
        `${String((error as Error).message ?? error)}. / De cryptostore kan niet worden geopend ` +
        `(verkeerde wachtzin of beschadigd).`,
    );
  }

  const lock = serialized();
  const pending = new PendingDecryptions({ ...GIVE_UP, ...options.giveUp }, now, restoredPending);
  const arrivedSessions = new Set<string>();
  const encryptedRooms = new Set<string>();
  const plainCheckedAt = new Map<string, number>();
  const decryption = new wasm.DecryptionSettings(wasm.TrustRequirement.Untrusted);
  let lastDigest: string | undefined = bytes === undefined ? undefined : snapshotDigest(bytes);
  // Set by everything that may change the store: a batch without any of it is not dumped at all.
  let dirty = true;
  let lastKeyCounts = "";

  const verifier = options.verification
    ? createVerifier({
        wasm,
        machine,
        policy: options.verification,
        send: (r) => send(r),
        ...(log ? { log } : {}),
      })
    : undefined;
  // In-room verification events seen in a batch's timelines, handed to the machine after the batch (retryPending).
  const roomVerification: Array<{ roomId: string; event: CryptoRoomEvent }> = [];
  const noteVerification = (roomId: string, event: CryptoRoomEvent) => {
    if (verifier && event.sender !== userId && isRoomVerificationEvent(event))
      roomVerification.push({ roomId, event });
  };

  machine.registerRoomKeyUpdatedCallback(async (infos) => {
    for (const info of infos) arrivedSessions.add(info.sessionId);
  });

  const persistNow = async () => {
    dirty = false;
    const encoded = encodeSnapshot({
      userId,
      deviceId,
      databases: (await dumpDatabases(globalIndexedDB(), `${storeName}::`)).map((d) => ({
        ...d,
        name: d.name.slice(storeName.length),
      })),
      pending: pending.entries(),
    });
    const digest = snapshotDigest(encoded);
    if (digest === lastDigest) return;
    await snapshots.write(encoded);
    lastDigest = digest;
    log?.debug({ bytes: encoded.byteLength }, "crypto store written out");
  };
  const persistIfChanged = async () => {
    if (dirty) await persistNow();
  };

  const send = async (outgoing: OutgoingCryptoRequest) => {
    dirty = true;
    const response = await sendCryptoRequest(wasm, outgoing, request);
    if (outgoing.id !== undefined) await machine.markRequestAsSent(outgoing.id, outgoing.type, response);
  };

  // Sends everything the machine has queued. A failed request stays queued and goes out with the next round.
  const flushOutgoing = async () => {
    const queued = (await machine.outgoingRequests()) as OutgoingCryptoRequest[];
    if (queued.some((r) => publishesKeys(wasm, r))) await persistNow();
    for (const outgoing of queued) {
      try {
        await send(outgoing);
      } catch (error) {
        log?.warn({ err: error, type: outgoing.type }, "crypto request failed; retried with the next sync");
      }
    }
  };

  const bootstrapCrossSigning = async () => {
    const status = await machine.crossSigningStatus();
    if (status.hasMaster && status.hasSelfSigning && status.hasUserSigning) return;
    const published = (await request("POST", cryptoPaths.keysQuery, { device_keys: { [userId]: [] } })) as {
      master_keys?: Record<string, unknown>;
    };
    if (published.master_keys?.[userId] !== undefined) {
      log?.warn(
        { userId },
        "the account already has cross-signing keys this store does not hold; not replacing them",
      );
      return;
    }
    const requests = await machine.bootstrapCrossSigning(true);
    await persistNow(); // the private cross-signing keys exist only in the store until it is written out
    const uploadKeys = requests.uploadKeysRequest as OutgoingCryptoRequest | undefined;
    if (uploadKeys) await send(uploadKeys);
    await uploadSigningKeys(
      request,
      userId,
      JSON.parse(requests.uploadSigningKeysRequest.body),
      options.password,
    );
    await send(requests.uploadSignaturesRequest);
    log?.info({ userId, deviceId }, "cross-signing keys created and the bot's device signed");
  };

  const members = async (roomId: string): Promise<string[]> => {
    const response = (await request("GET", cryptoPaths.members(roomId), undefined, {
      not_membership: "leave",
    })) as { chunk?: Array<{ state_key?: string; content?: { membership?: string } }> };
    return (response.chunk ?? [])
      .filter((m) => m.content?.membership === "join" || m.content?.membership === "invite")
      .map((m) => String(m.state_key));
  };

  const tryDecrypt = async (roomId: string, event: CryptoRoomEvent): Promise<DecryptOutcome> => {
    try {
      const decrypted = await machine.decryptRoomEvent(
        JSON.stringify(event),
        new wasm.RoomId(roomId),
        decryption,
      );
      const clear = JSON.parse(decrypted.event) as { type?: string; content?: Record<string, unknown> };
      const content = { ...(clear.content ?? {}) };
      // Relations travel outside the ciphertext (servers aggregate them); put them back where handlers look.
      const relation = event.content["m.relates_to"];
      if (content["m.relates_to"] === undefined && relation !== undefined) content["m.relates_to"] = relation;
      return { kind: "decrypted", event: { ...event, type: String(clear.type), content } };
    } catch (error) {
      const code = (error as { code?: number }).code;
      if (
        code === wasm.DecryptionErrorCode.MissingRoomKey ||
        code === wasm.DecryptionErrorCode.UnknownMessageIndex
      ) {
        return { kind: "pending" };
      }
      return { kind: "failed", reason: String((error as Error).message ?? error) };
    }
  };

  // First start of this device: its store is empty until the first upload, so write it out before anything goes.
  await lock(async () => {
    await flushOutgoing();
    await bootstrapCrossSigning().catch((error) =>
      log?.error({ err: error }, "cross-signing the bot's device failed; it stays unverified"),
    );
    await persistNow();
  });

  const api: BotCrypto = {
    userId,
    deviceId,
    ed25519Key: machine.identityKeys.ed25519.toBase64(),
    receiveSync: (sync) =>
      lock(async () => {
        const changed = (sync.device_lists?.changed ?? []).map((u) => new wasm.UserId(u));
        const left = (sync.device_lists?.left ?? []).map((u) => new wasm.UserId(u));
        const counts = new Map(Object.entries(sync.device_one_time_keys_count ?? {}));
        const fallback = sync.device_unused_fallback_key_types;
        const keyCounts = JSON.stringify([sync.device_one_time_keys_count ?? {}, fallback ?? null]);
        if (
          (sync.to_device?.events?.length ?? 0) > 0 ||
          changed.length + left.length > 0 ||
          keyCounts !== lastKeyCounts
        ) {
          dirty = true;
        }
        lastKeyCounts = keyCounts;
        const processed = await machine.receiveSyncChanges(
          JSON.stringify(sync.to_device?.events ?? []),
          new wasm.DeviceLists(changed, left),
          counts,
          fallback === undefined ? undefined : new Set(fallback),
        );
        await flushOutgoing();
        if (verifier) {
          // After the flush: a SAS key the machine queued must be out before the bot's confirmation (its MAC).
          verifier.noteToDevice(processed);
          await verifier.step();
          await flushOutgoing();
        }
      }),
    noteEvent(roomId, event) {
      if (event.type === "m.room.encryption" && event.state_key === "") encryptedRooms.add(roomId);
      if ("event_id" in event && "sender" in event) noteVerification(roomId, event as CryptoRoomEvent);
    },
    async isEncrypted(roomId) {
      if (encryptedRooms.has(roomId)) return true;
      const checked = plainCheckedAt.get(roomId);
      if (checked !== undefined && now().getTime() - checked < PLAIN_ROOM_RECHECK_MS) return false;
      try {
        await request("GET", cryptoPaths.roomState(roomId, "m.room.encryption"));
        encryptedRooms.add(roomId);
        return true;
      } catch (error) {
        const errcode = (error as { errcode?: string }).errcode ?? matrixErrorBody(error).body?.errcode;
        if (errcode !== "M_NOT_FOUND") throw error;
        plainCheckedAt.set(roomId, now().getTime());
        return false;
      }
    },
    async decrypt(roomId, event) {
      encryptedRooms.add(roomId);
      const outcome = await tryDecrypt(roomId, event);
      if (outcome.kind === "decrypted") noteVerification(roomId, outcome.event);
      if (outcome.kind === "pending") {
        dirty = true;
        pending.add(roomId, event, String(event.content.session_id ?? ""));
        log?.info({ roomId, eventId: event.event_id }, "encrypted event waits for its room key");
      }
      return outcome;
    },
    async retryPending() {
      if (verifier && roomVerification.length > 0) {
        const seen = roomVerification.splice(0);
        const posts = await lock(async () => {
          for (const { roomId, event } of seen) await verifier.receiveRoomEvent(roomId, event);
          await flushOutgoing();
          const toPost = await verifier.step();
          await flushOutgoing();
          return toPost;
        });
        for (const post of posts) await postNotice(post.roomId, post.text);
      }
      const ready: RetryOutcome["ready"] = [];
      const sessions = new Set(arrivedSessions);
      arrivedSessions.clear();
      if (sessions.size > 0) dirty = true;
      for (const entry of pending.forSessions(sessions)) {
        const event = entry.event as CryptoRoomEvent;
        const outcome = await tryDecrypt(entry.roomId, event);
        if (outcome.kind === "decrypted") {
          pending.remove(event.event_id);
          ready.push({ roomId: entry.roomId, event: outcome.event });
        } else if (outcome.kind === "failed") {
          pending.remove(event.event_id);
        } else {
          pending.failedAgain(event.event_id);
        }
      }
      if (pending.size > 0) dirty = true; // expiring entries change the kept list
      const expired = pending
        .takeExpired()
        .map((entry) => ({ roomId: entry.roomId, event: entry.event as CryptoRoomEvent }));
      return { ready, expired };
    },
    encrypt: (roomId, type, content) =>
      lock(async () => {
        // wasm-bindgen moves id arrays into each call, so every call gets fresh ids.
        const userIds = await members(roomId);
        const users = () => userIds.map((u) => new wasm.UserId(u));
        await machine.updateTrackedUsers(users());
        await flushOutgoing(); // the key query for newly tracked people, so their devices are known
        const claim = await machine.getMissingSessions(users());
        if (claim) await send(claim);
        const settings = new wasm.EncryptionSettings();
        settings.sharingStrategy = wasm.CollectStrategy.allDevices();
        const shares = await machine.shareRoomKey(new wasm.RoomId(roomId), users(), settings);
        for (const toDevice of shares) await send(toDevice);
        dirty = true; // the outbound session's ratchet moves on
        const encrypted = await machine.encryptRoomEvent(
          new wasm.RoomId(roomId),
          type,
          JSON.stringify(content),
        );
        return JSON.parse(encrypted) as Record<string, unknown>;
      }),
    persist: () => lock(persistIfChanged),
    close: () =>
      lock(async () => {
        await persistIfChanged();
        machine.close();
        forgetOpening(storeName);
      }),
    discard: () =>
      lock(async () => {
        machine.close();
        forgetOpening(storeName);
      }),
  };

  // The emoji of an in-room verification, as a notice in its room (encrypted when the room is).
  const postNotice = async (roomId: string, text: string) => {
    const content = { msgtype: "m.notice", body: text };
    const encrypted = await api.isEncrypted(roomId);
    const type = encrypted ? "m.room.encrypted" : "m.room.message";
    const body = encrypted ? await api.encrypt(roomId, "m.room.message", content) : content;
    await request(
      "PUT",
      cryptoPaths.roomSend(roomId, type, `weerbaar-sas-${randomBytes(8).toString("hex")}`),
      body,
    );
  };
  return api;
}

/**
 * Frees the in-memory databases of a closed (or failed) opening; the written-out copy is what counts. Not awaited:
 * a delete waits for the opening's last connections to close.
 */
function forgetOpening(storeName: string): void {
  const factory = globalIndexedDB();
  void factory
    .databases()
    .then((infos) => {
      for (const info of infos)
        if (info.name?.startsWith(`${storeName}::`)) factory.deleteDatabase(info.name);
    })
    .catch(() => undefined);
}

/**
 * No store, but the server already lists this device's keys: the store was lost or deleted. A fresh store would
 * be a new identity under the old device id, which everyone's clients reject: refuse, and say what to do.
 */
async function refuseIfDeviceKnown(
  request: MatrixRequest,
  userId: string,
  deviceId: string,
  where: string,
): Promise<void> {
  const response = (await request("POST", cryptoPaths.keysQuery, {
    device_keys: { [userId]: [deviceId] },
  })) as {
    device_keys?: Record<string, Record<string, unknown>>;
  };
  if (response.device_keys?.[userId]?.[deviceId] === undefined) return;
  throw new CryptoStoreError(
    `The Matrix crypto store is missing (${where}), but device ${deviceId} of ${userId} already has published ` +
      "keys. Restore the store (and its passphrase), or log in a new device for the bot (a new access token) " +
      `and delete the old device. / De Matrix-cryptostore ontbreekt (${where}), maar apparaat ${deviceId} heeft ` +
      "al sleutels op de server. Zet de store terug, of log de bot in met een nieuw apparaat (nieuw toegangstoken).",
  );
}

/**
 * Uploads the cross-signing public keys. Synapse lets an account without cross-signing keys upload its first
 * ones with the access token alone; a server that wants user-interactive auth gets the password, when known.
 */
async function uploadSigningKeys(
  request: MatrixRequest,
  userId: string,
  body: Record<string, unknown>,
  password: string | undefined,
): Promise<void> {
  try {
    await request("POST", cryptoPaths.deviceSigningUpload, body);
  } catch (error) {
    const { status, body: answer } = matrixErrorBody(error);
    if (status !== 401 || password === undefined || typeof answer?.session !== "string") throw error;
    await request("POST", cryptoPaths.deviceSigningUpload, {
      ...body,
      auth: {
        type: "m.login.password",
        identifier: { type: "m.id.user", user: userId },
        password,
        session: answer.session,
      },
    });
  }
}
