import { randomBytes } from "node:crypto";

/** A room event as /sync delivers it. */
export type MatrixEvent = {
  event_id: string;
  type: string;
  sender: string;
  origin_server_ts: number;
  state_key?: string;
  content: Record<string, unknown>;
  unsigned?: Record<string, unknown>;
};

/** Options of a text message sent by a person. */
export type SendTextOptions = {
  /** Formatted HTML body (org.matrix.custom.html). */
  html?: string;
  /** User ids listed in `m.mentions` (intentional mentions). */
  mentions?: string[];
  /** Event id this message replies to. */
  replyTo?: string;
  /** Thread root: the message is posted in that thread. */
  threadRoot?: string;
};

/** Options of a new room. */
export type CreateRoomOptions = {
  /** A direct chat with this user (is_direct invite, private_chat preset). */
  directWith?: string;
  invite?: string[];
  name?: string;
  /** Turns on m.room.encryption from the start. */
  encrypted?: boolean;
};

function sleep(ms: number): Promise<void> {
  return new Promise((r) => setTimeout(r, ms));
}

/** A Matrix error answer of the client-server API. */
export class MatrixHttpError extends Error {
  /** Builds the error from the status and the JSON body. */
  constructor(
    readonly status: number,
    readonly body: Record<string, unknown>,
  ) {
    super(`Matrix HTTP ${status}: ${JSON.stringify(body)}`);
  }
}

/** A device signed in with a password: its user id, access token and device id. */
export type DeviceLogin = { userId: string; accessToken: string; deviceId: string };

/** Logs a new device of the user in with the password (m.login.password). */
export async function passwordLogin(baseUrl: string, userId: string, password: string): Promise<DeviceLogin> {
  const response = await fetch(`${baseUrl}/_matrix/client/v3/login`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({
      type: "m.login.password",
      identifier: { type: "m.id.user", user: userId },
      password,
    }),
  });
  const body = (await response.json()) as Record<string, unknown>;
  if (!response.ok) throw new MatrixHttpError(response.status, body);
  return {
    userId: String(body.user_id),
    accessToken: String(body.access_token),
    deviceId: String(body.device_id),
  };
}

/**
 * A person's Matrix client over plain client-server HTTP (fetch), as tests need it: rooms, messages,
 * reactions, edits and bounded waits for events through /sync long-polling. Retries rate-limited requests.
 */
export class HumanClient {
  readonly #events = new Map<string, MatrixEvent[]>();
  #since: string | undefined;
  #syncing: Promise<void> = Promise.resolve();

  /** A client for a user with a known access token. */
  constructor(
    readonly baseUrl: string,
    readonly userId: string,
    readonly accessToken: string,
  ) {}

  /** Logs in with user id and password (m.login.password) and returns a client. */
  static async login(baseUrl: string, userId: string, password: string): Promise<HumanClient> {
    const login = await passwordLogin(baseUrl, userId, password);
    return new HumanClient(baseUrl, login.userId, login.accessToken);
  }

  /** One authenticated request; rate-limited answers are retried after the server's delay (bounded). */
  async request<T = Record<string, unknown>>(method: string, path: string, body?: unknown): Promise<T> {
    for (let attempt = 0; ; attempt++) {
      const response = await fetch(`${this.baseUrl}${path}`, {
        method,
        headers: {
          authorization: `Bearer ${this.accessToken}`,
          ...(body === undefined ? {} : { "content-type": "application/json" }),
        },
        ...(body === undefined ? {} : { body: JSON.stringify(body) }),
      });
      const json = (await response.json().catch(() => ({}))) as Record<string, unknown>;
      if (response.ok) return json as T;
      if (json.errcode === "M_LIMIT_EXCEEDED" && attempt < 20) {
        await sleep(Math.min(Number(json.retry_after_ms ?? 500), 5000));
        continue;
      }
      throw new MatrixHttpError(response.status, json);
    }
  }

  /** Creates a direct chat or a group room; returns its id. */
  async createRoom(options: CreateRoomOptions = {}): Promise<string> {
    const initialState = options.encrypted
      ? [{ type: "m.room.encryption", state_key: "", content: { algorithm: "m.megolm.v1.aes-sha2" } }]
      : [];
    const invite = [...(options.directWith ? [options.directWith] : []), ...(options.invite ?? [])];
    const { room_id } = await this.request<{ room_id: string }>("POST", "/_matrix/client/v3/createRoom", {
      preset: options.directWith ? "trusted_private_chat" : "private_chat",
      is_direct: options.directWith !== undefined,
      invite,
      initial_state: initialState,
      ...(options.name ? { name: options.name } : {}),
    });
    return room_id;
  }

  /** Invites a user into a room. */
  async invite(roomId: string, userId: string): Promise<void> {
    await this.request("POST", `/_matrix/client/v3/rooms/${encodeURIComponent(roomId)}/invite`, {
      user_id: userId,
    });
  }

  /** Joins a room (after an invite). */
  async join(roomId: string): Promise<void> {
    await this.request("POST", `/_matrix/client/v3/join/${encodeURIComponent(roomId)}`, {});
  }

  /** Leaves a room. */
  async leave(roomId: string): Promise<void> {
    await this.request("POST", `/_matrix/client/v3/rooms/${encodeURIComponent(roomId)}/leave`, {});
  }

  /** Sets this user's display name. */
  async setDisplayName(name: string): Promise<void> {
    await this.request("PUT", `/_matrix/client/v3/profile/${encodeURIComponent(this.userId)}/displayname`, {
      displayname: name,
    });
  }

  /** Sends any room event; returns its event id. */
  async sendEvent(roomId: string, type: string, content: Record<string, unknown>): Promise<string> {
    const txn = randomBytes(8).toString("hex");
    const { event_id } = await this.request<{ event_id: string }>(
      "PUT",
      `/_matrix/client/v3/rooms/${encodeURIComponent(roomId)}/send/${encodeURIComponent(type)}/${txn}`,
      content,
    );
    return event_id;
  }

  /** Sends an m.text message, optionally formatted, with mentions, as a reply or in a thread. */
  async sendText(roomId: string, body: string, options: SendTextOptions = {}): Promise<string> {
    const content: Record<string, unknown> = { msgtype: "m.text", body };
    if (options.html !== undefined) {
      content.format = "org.matrix.custom.html";
      content.formatted_body = options.html;
    }
    if (options.mentions) content["m.mentions"] = { user_ids: options.mentions };
    if (options.threadRoot) {
      content["m.relates_to"] = {
        rel_type: "m.thread",
        event_id: options.threadRoot,
        is_falling_back: options.replyTo === undefined,
        "m.in_reply_to": { event_id: options.replyTo ?? options.threadRoot },
      };
    } else if (options.replyTo) {
      content["m.relates_to"] = { "m.in_reply_to": { event_id: options.replyTo } };
    }
    return this.sendEvent(roomId, "m.room.message", content);
  }

  /** Sends an m.notice message (what bots send). */
  async sendNotice(roomId: string, body: string): Promise<string> {
    return this.sendEvent(roomId, "m.room.message", { msgtype: "m.notice", body });
  }

  /** Reacts to an event with an emoji (m.annotation). */
  async sendReaction(roomId: string, eventId: string, key: string): Promise<string> {
    return this.sendEvent(roomId, "m.reaction", {
      "m.relates_to": { rel_type: "m.annotation", event_id: eventId, key },
    });
  }

  /** Edits an earlier message (m.replace). */
  async edit(roomId: string, eventId: string, newBody: string): Promise<string> {
    return this.sendEvent(roomId, "m.room.message", {
      msgtype: "m.text",
      body: `* ${newBody}`,
      "m.new_content": { msgtype: "m.text", body: newBody },
      "m.relates_to": { rel_type: "m.replace", event_id: eventId },
    });
  }

  /** The joined members of a room. */
  async joinedMembers(roomId: string): Promise<string[]> {
    const { joined } = await this.request<{ joined: Record<string, unknown> }>(
      "GET",
      `/_matrix/client/v3/rooms/${encodeURIComponent(roomId)}/joined_members`,
    );
    return Object.keys(joined);
  }

  /** Every timeline event of the room this client has seen through /sync so far. */
  events(roomId: string): MatrixEvent[] {
    return [...(this.#events.get(roomId) ?? [])];
  }

  /** One /sync round (long-poll up to `timeoutMs`); serialised so concurrent waits share the since token. */
  async sync(timeoutMs: number): Promise<void> {
    const run = this.#syncing.then(async () => {
      const params = new URLSearchParams({ timeout: String(this.#since ? timeoutMs : 0) });
      if (this.#since) params.set("since", this.#since);
      const body = await this.request<{
        next_batch: string;
        rooms?: { join?: Record<string, { timeline?: { events?: MatrixEvent[] } }> };
      }>("GET", `/_matrix/client/v3/sync?${params}`);
      this.#since = body.next_batch;
      for (const [roomId, room] of Object.entries(body.rooms?.join ?? {})) {
        const list = this.#events.get(roomId) ?? [];
        for (const event of room.timeline?.events ?? []) {
          if (!list.some((e) => e.event_id === event.event_id)) list.push(event);
        }
        this.#events.set(roomId, list);
      }
    });
    this.#syncing = run.catch(() => undefined);
    return run;
  }

  /** Waits (bounded) for an event in the room that matches; seen events count too. */
  async waitForEvent(
    roomId: string,
    predicate: (event: MatrixEvent) => boolean,
    timeoutMs = 10_000,
  ): Promise<MatrixEvent> {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const found = this.events(roomId).find(predicate);
      if (found) return found;
      const remaining = deadline - Date.now();
      if (remaining <= 0) {
        const seen = this.events(roomId).map(
          (e) => `${e.type} ${e.sender} ${JSON.stringify(e.content).slice(0, 120)}`,
        );
        throw new Error(`no matching event in ${roomId} within ${timeoutMs} ms; seen:\n${seen.join("\n")}`);
      }
      await this.sync(Math.min(remaining, 2000));
    }
  }

  /** Keeps syncing for `ms` and returns the matching events seen by then (to assert "exactly one" or "none"). */
  async collectFor(
    roomId: string,
    predicate: (event: MatrixEvent) => boolean,
    ms: number,
  ): Promise<MatrixEvent[]> {
    const deadline = Date.now() + ms;
    for (;;) {
      const remaining = deadline - Date.now();
      if (remaining <= 0) return this.events(roomId).filter(predicate);
      await this.sync(Math.min(remaining, 1000));
    }
  }
}

/** True when `event` is an answer (m.in_reply_to, possibly inside a thread relation) to `eventId`. */
export function isReplyTo(event: MatrixEvent, eventId: string): boolean {
  const relation = event.content["m.relates_to"] as Record<string, unknown> | undefined;
  const inReplyTo = relation?.["m.in_reply_to"] as { event_id?: string } | undefined;
  return event.type === "m.room.message" && inReplyTo?.event_id === eventId;
}
