// A person's Matrix client that encrypts as Element does: matrix-js-sdk with its Rust crypto (the same wasm the bot
// uses), an in-memory crypto store, and its own sync loop. Tests wait on the decrypted timeline.

import type { DeviceLogin } from "@weerbaar/testing/synapse";
import {
  ClientEvent,
  createClient,
  type MatrixClient,
  type MatrixEvent,
  MatrixEventEvent,
  Preset,
  RoomEvent,
  SyncState,
} from "matrix-js-sdk";
import {
  type DeviceIsolationMode,
  OnlySignedDevicesIsolationMode,
} from "matrix-js-sdk/lib/crypto-api/index.js";
import type { Logger } from "matrix-js-sdk/lib/logger.js";

const ignore = () => {};
// Each of the js-sdk's module loggers is set to debug when created and writes to console.debug/info: in the
// processes that load this client (the e2ee tests and bench) those two are muted; warnings and errors still show.
console.debug = ignore;
console.info = ignore;
console.trace = ignore;
/** The js-sdk logs every sync and encryption at debug/info level: tests see only its errors. */
const quietLogger: Logger = {
  trace: ignore,
  debug: ignore,
  info: ignore,
  warn: ignore,
  error: (...msg: unknown[]) => console.error("[js-sdk]", ...msg),
  getChild: () => quietLogger,
};

/** An event as the person sees it: decrypted when it was encrypted. */
export type SeenEvent = {
  eventId: string;
  type: string;
  sender: string;
  content: Record<string, unknown>;
  /** True when it came encrypted (and was decrypted). */
  encrypted: boolean;
  /** Set when it could not be decrypted. */
  decryptionFailure?: string;
};

function seen(event: MatrixEvent): SeenEvent {
  const failure = event.decryptionFailureReason;
  return {
    eventId: String(event.getId()),
    type: event.getType(),
    sender: String(event.getSender()),
    content: event.getContent() as Record<string, unknown>,
    encrypted: event.isEncrypted(),
    ...(failure ? { decryptionFailure: String(failure) } : {}),
  };
}

/** An Element-like client of one device, syncing in the background once started. */
export class ElementLikeClient {
  readonly client: MatrixClient;

  private constructor(
    readonly baseUrl: string,
    readonly login: DeviceLogin,
  ) {
    this.client = createClient({
      baseUrl,
      userId: login.userId,
      accessToken: login.accessToken,
      deviceId: login.deviceId,
      logger: quietLogger,
    });
  }

  /** Starts crypto and sync; resolves once the first sync is in. */
  static async start(baseUrl: string, login: DeviceLogin): Promise<ElementLikeClient> {
    const human = new ElementLikeClient(baseUrl, login);
    await human.client.initRustCrypto({ useIndexedDB: false });
    const prepared = new Promise<void>((resolve, reject) => {
      human.client.on(ClientEvent.Sync, (state) => {
        if (state === SyncState.Prepared || state === SyncState.Syncing) resolve();
        if (state === SyncState.Error) reject(new Error("the js-sdk sync failed"));
      });
    });
    await human.client.startClient({ initialSyncLimit: 20, lazyLoadMembers: false });
    await prepared;
    return human;
  }

  /**
   * Sets up cross-signing for this person, as Element does at first login (Synapse takes the first upload
   * without user-interactive auth). Needed before sharing keys only with cross-signed devices.
   */
  async bootstrapCrossSigning(): Promise<void> {
    await this.client.getCrypto()?.bootstrapCrossSigning({
      authUploadDeviceSigningKeys: async (makeRequest) => {
        await makeRequest(null);
      },
    });
  }

  get userId(): string {
    return this.login.userId;
  }

  /** Only share room keys with devices their owner cross-signed (Element's "exclude insecure devices"). */
  onlySignedDevices(): void {
    const mode: DeviceIsolationMode = new OnlySignedDevicesIsolationMode();
    this.client.getCrypto()?.setDeviceIsolationMode(mode);
  }

  /** An encrypted DM with `userId` (what Element's "Start chat" makes), waited until they joined. */
  async createEncryptedDm(userId: string): Promise<string> {
    const { room_id } = await this.client.createRoom({
      preset: Preset.TrustedPrivateChat,
      is_direct: true,
      invite: [userId],
      initial_state: [
        { type: "m.room.encryption", state_key: "", content: { algorithm: "m.megolm.v1.aes-sha2" } },
      ],
    });
    await this.waitFor(
      room_id,
      (e) => e.type === "m.room.member" && e.content.membership === "join" && e.sender === userId,
    );
    return room_id;
  }

  /** Joins a room (after an invite) and waits until the client knows it. */
  async join(roomId: string): Promise<void> {
    await this.client.joinRoom(roomId);
  }

  /** Sends a text message (encrypted when the room is); returns its event id. */
  async sendText(roomId: string, body: string, replyTo?: string): Promise<string> {
    const content: Record<string, unknown> = { msgtype: "m.text", body };
    if (replyTo) content["m.relates_to"] = { "m.in_reply_to": { event_id: replyTo } };
    // biome-ignore lint/suspicious/noExplicitAny: the js-sdk's content types are a union per msgtype
    const { event_id } = await this.client.sendMessage(roomId, content as any);
    return event_id;
  }

  /** Reacts to an event. */
  async react(roomId: string, eventId: string, key: string): Promise<string> {
    const { event_id } = await this.client.sendEvent(
      roomId,
      "m.reaction" as never,
      {
        "m.relates_to": { rel_type: "m.annotation", event_id: eventId, key },
      } as never,
    );
    return event_id;
  }

  /** The room's timeline as this device sees it, decrypted where it could be. */
  async timeline(roomId: string): Promise<SeenEvent[]> {
    const room = this.client.getRoom(roomId);
    if (!room) return [];
    const events = room.getLiveTimeline().getEvents();
    await Promise.all(events.map((e) => this.client.decryptEventIfNeeded(e)));
    return events.map(seen);
  }

  /** Waits (bounded) until an event of the room matches, decrypted. */
  async waitFor(
    roomId: string,
    predicate: (event: SeenEvent) => boolean,
    timeoutMs = 45_000,
  ): Promise<SeenEvent> {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const events = await this.timeline(roomId);
      const found = events.find((e) => !e.decryptionFailure && predicate(e));
      if (found) return found;
      if (Date.now() > deadline) {
        const lines = events.map(
          (e) =>
            `${e.type} ${e.sender} ${e.decryptionFailure ?? ""} ${JSON.stringify(e.content).slice(0, 150)}`,
        );
        throw new Error(`no matching event in ${roomId} within ${timeoutMs} ms; seen:\n${lines.join("\n")}`);
      }
      await new Promise<void>((resolve) => {
        const done = () => {
          clearTimeout(timer);
          this.client.off(RoomEvent.Timeline, done);
          this.client.off(MatrixEventEvent.Decrypted, done);
          resolve();
        };
        const timer = setTimeout(done, 250);
        this.client.on(RoomEvent.Timeline, done);
        this.client.on(MatrixEventEvent.Decrypted, done);
      });
    }
  }

  /** Stops syncing and frees the crypto. */
  stop(): void {
    this.client.stopClient();
  }
}

/** True for a decrypted message that replies to `eventId`. */
export function repliesTo(event: SeenEvent, eventId: string): boolean {
  const relation = event.content["m.relates_to"] as { "m.in_reply_to"?: { event_id?: string } } | undefined;
  return event.type === "m.room.message" && relation?.["m.in_reply_to"]?.event_id === eventId;
}
