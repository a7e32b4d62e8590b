import { randomBytes } from "node:crypto";
import {
  type BotMetrics,
  createBotMetrics,
  createInFlight,
  type InFlight,
  isDatabaseError,
  REQUEST_ID_FIELD,
  requestLogger,
} from "@weerbaar/observability";
import type { MatrixClient } from "matrix-bot-sdk";
import { type Logger, pino } from "pino";
import { addressing, type BotIdentity, type MessageContent } from "./addressing.ts";
import { type AllowList, isAllowed } from "./allow-list.ts";
import type { Assistant, MessageMention, Reply } from "./assistant-types.ts";
import type { BotStore } from "./bot-store.ts";
import {
  actionByNumber,
  actionByReaction,
  answersActions,
  mayAnswer,
  type PendingQuestion,
} from "./choices.ts";
import { LeaderLease } from "./lease.ts";
import { ENCRYPTED_ROOM_NOTICE, UNSURE_NOTICE } from "./messages.ts";
import { MatrixSender, plainNoticeContent, type ReplyTarget } from "./outgoing.ts";
import { pillMentions } from "./pills.ts";
import { questionForSomeoneElse, questionNoLongerOpen } from "./question-notices.ts";
import { QuestionBook } from "./questions.ts";
import { classifyError, type RetryOptions, UnknownTokenError, withRetry } from "./retry.ts";
import { KvStorageProvider, kvKeys } from "./storage-provider.ts";
import {
  ANSWERABLE_TYPES,
  type MessagesPage,
  type RoomEvent,
  type SyncResponse,
  syncFilter,
  TIMELINE_LIMIT,
} from "./sync-types.ts";

/** Everything the bot needs, injected so tests build it in-process against a real homeserver. */
export type MatrixBotOptions = {
  /** A matrix-bot-sdk client with the bot's access token. */
  client: MatrixClient;
  assistant: Assistant;
  store: BotStore;
  /** Who may invite the bot and keep it in a room. */
  allow: AllowList;
  /** Addresses the bot in group rooms; default `!weerbaar`. */
  commandPrefix?: string;
  now?: () => Date;
  logger?: Logger;
  sleep?: (ms: number) => Promise<void>;
  /** Long-poll time of one /sync; default 15 s. */
  syncTimeoutMs?: number;
  /** How long the leader lease lasts unrenewed; default 20 s (a dead leader is replaced within that). */
  leaseSlotMs?: number;
  /** Events older than this (by the server's timestamp) are never answered; default 24 h. */
  maxEventAgeMs?: number;
  /** Events per room in one /sync and per page of a catch-up; default 100. */
  timelineLimit?: number;
  /** Called when the bot stops by itself (M_UNKNOWN_TOKEN). */
  onFatal?: (error: Error) => void;
  /** The process's metrics (turns, latency, database errors); a fresh registry by default. */
  metrics?: BotMetrics;
  /** Counts turns in progress, for the graceful shutdown; a fresh tracker by default. */
  inFlight?: InFlight;
};

/** What /healthz and tests can see of a running bot. */
export type MatrixBotStatus = {
  running: boolean;
  leader: boolean;
  lastSyncAt?: Date;
  fatalError?: string;
};

/** A running Matrix adapter. */
export interface MatrixBot {
  /** The bot's own user id (known after start). */
  readonly userId: string;
  /** Checks the token, then syncs in the background while holding the leader lease. */
  start(): Promise<void>;
  /** Finishes the event at hand, saves the sync token and gives the lease up. */
  stop(): Promise<void>;
  /** Liveness for /healthz. */
  status(): MatrixBotStatus;
  /** Sends a reply to a room (reminders): the transaction id makes a resend idempotent; returns the event id. */
  sendToRoom(roomId: string, reply: Reply, options: { txnId: string }): Promise<string>;
}

type Answer = {
  roomId: string;
  sender: string;
  text: string;
  conversationId: string;
  isDirect: boolean;
  target: ReplyTarget;
  txnKey: string;
  /** The people the message mentions with pills (not the bot). */
  mentions?: MessageMention[];
  /** The turn's logger: it carries the event id as `reqId`. */
  log: Logger;
  /** The question this turn answers (a reaction or a number to it): closed once the answer is out. */
  answering?: PendingQuestion;
};

const DEFAULT_PREFIX = "!weerbaar";
// A catch-up reads at most this many pages of missed events (1 000 at the default limit) after a downtime.
const MAX_CATCH_UP_PAGES = 10;

function relationOf(content: Record<string, unknown>): Record<string, unknown> | undefined {
  const relation = content["m.relates_to"];
  return typeof relation === "object" && relation !== null
    ? (relation as Record<string, unknown>)
    : undefined;
}

/** Builds the Matrix adapter: invites, addressing, answers, choices, reactions, leases. */
export function createMatrixBot(options: MatrixBotOptions): MatrixBot {
  const { client, assistant, store } = options;
  const now = options.now ?? (() => new Date());
  const log = options.logger ?? pino({ level: "info" });
  const metrics = options.metrics ?? createBotMetrics({ platform: "matrix", processMetrics: false });
  const inFlight = options.inFlight ?? createInFlight();
  const syncTimeoutMs = options.syncTimeoutMs ?? 15_000;
  const maxEventAgeMs = options.maxEventAgeMs ?? 24 * 3600_000;
  const timelineLimit = options.timelineLimit ?? TIMELINE_LIMIT;
  const filter = syncFilter(timelineLimit);
  const storage = new KvStorageProvider(store);
  const questions = new QuestionBook(store);
  const lease = new LeaderLease({
    leases: store.leases,
    name: "matrix-bot",
    ttlMs: options.leaseSlotMs ?? 20_000,
    now,
  });

  let running = false;
  let stopping = false;
  let lastSyncAt: Date | undefined;
  let fatalError: string | undefined;
  let wakeUp: () => void = () => {};
  let stopped = new Promise<void>((r) => {
    wakeUp = r;
  });
  let loop: Promise<void> = Promise.resolve();
  let busy: Promise<void> = Promise.resolve();
  let leaseTimer: NodeJS.Timeout | undefined;
  let bot: BotIdentity = { userId: "", commandPrefix: options.commandPrefix ?? DEFAULT_PREFIX };

  const realSleep = options.sleep ?? ((ms: number) => new Promise<void>((r) => setTimeout(r, ms)));
  const pause = (ms: number) => Promise.race([realSleep(ms), stopped]);
  const retry: RetryOptions = {
    sleep: pause,
    maxAttempts: 10,
    onRetry: (kind, attempt, waitMs) =>
      log.warn({ kind: kind.kind, attempt, waitMs }, "matrix request retried"),
  };
  const sender = new MatrixSender(client, retry);
  const request = <T>(fn: () => Promise<T>) => withRetry(fn, retry);

  let checking = false;
  const checkLease = async () => {
    if (checking) return; // a slow database must not pile up overlapping checks
    checking = true;
    try {
      await lease.check();
    } catch (error) {
      log.error({ err: error }, "leader lease check failed");
    } finally {
      checking = false;
    }
  };

  const isDirect = async (roomId: string): Promise<boolean> => {
    if ((await store.kv.get(kvKeys.direct(roomId))) === "1") return true;
    const members = await request(() => client.getJoinedRoomMembers(roomId));
    return members.length <= 2;
  };

  const displayNameOf = async (roomId: string, userId: string): Promise<string | undefined> => {
    try {
      const member = await client.getRoomStateEvent(roomId, "m.room.member", userId);
      return typeof member?.displayname === "string" ? member.displayname : undefined;
    } catch {
      return undefined;
    }
  };

  const answer = async (a: Answer) => {
    const started = performance.now();
    const reply = await assistant.handle({
      conversationId: a.conversationId,
      channel: { platform: "matrix", id: a.roomId },
      identity: { platform: "matrix", userId: a.sender },
      displayName: await displayNameOf(a.roomId, a.sender),
      text: a.text,
      ...(a.mentions && a.mentions.length > 0 ? { mentions: a.mentions } : {}),
      isDirect: a.isDirect,
    });
    const eventId = await sender.sendReply(a.roomId, reply, a.target, a.txnKey);
    if (a.answering) await questions.close(a.answering);
    await questions.remember(reply, {
      eventId,
      conversationId: a.conversationId,
      roomId: a.roomId,
      ...(a.target.threadRoot ? { threadRoot: a.target.threadRoot } : {}),
      isDirect: a.isDirect,
      askedBy: a.sender,
    });
    metrics.turn(reply.intent, (performance.now() - started) / 1000);
    a.log.info({ roomId: a.roomId, intent: reply.intent, eventId }, "answered");
  };

  /**
   * Answers an event at most once: it is marked handled and claimed in one transaction, and the claim goes when
   * the answer is out. An event seen again with its claim still there was taken up by a run that stopped before
   * answering (the assistant's writes are not idempotent, so it is not run again). Its sender is told instead,
   * under the answer's own transaction id, so the homeserver drops that notice if the answer did go out.
   */
  const answerOnce = async (eventId: string, a: Answer) => {
    inFlight.enter();
    try {
      await answerOnceInFlight(eventId, a);
    } finally {
      inFlight.leave();
    }
  };

  const answerOnceInFlight = async (eventId: string, a: Answer) => {
    a.log.debug({ event: "turn_started", roomId: a.roomId }, "turn started");
    const claimed = await store.transaction(async (tx) => {
      if (!(await tx.kv.markProcessed(eventId))) return false;
      await tx.kv.set(kvKeys.claimed(eventId), now().toISOString());
      return true;
    });
    if (claimed) {
      await answer(a);
      await store.kv.delete(kvKeys.claimed(eventId));
      return;
    }
    if ((await store.kv.get(kvKeys.claimed(eventId))) === undefined) return;
    await sender.sendEvent(a.roomId, "m.room.message", plainNoticeContent(UNSURE_NOTICE, a.target), a.txnKey);
    await store.kv.delete(kvKeys.claimed(eventId));
    a.log.warn(
      { roomId: a.roomId, eventId },
      "an event taken up before a stop may be unhandled; told its sender",
    );
  };

  /**
   * Says why an answer is not applied, at most once per event. Nothing is written, so unlike a turn it needs no
   * claim: a notice lost to a stop in between costs nothing but the notice.
   */
  const tellOnce = async (
    roomId: string,
    eventId: string,
    text: string,
    target: ReplyTarget,
    why: string,
  ) => {
    if (!(await store.kv.markProcessed(eventId))) return;
    await sender.sendEvent(roomId, "m.room.message", plainNoticeContent(text, target), `reply:${eventId}`);
    requestLogger(log, eventId).info({ roomId, why }, "answer not applied");
  };

  /**
   * An answer (a reaction, or a reply that answers) to a given question is applied only when it comes from the
   * question's asker and the question is still their latest open one. Otherwise the responder is told why, and
   * true is returned: someone else's question changes nothing, and an older question is not mistaken for the
   * newer one its asker has open now.
   */
  const refusedAnswer = async (
    question: PendingQuestion,
    event: RoomEvent,
    target: ReplyTarget,
  ): Promise<boolean> => {
    const lang = question.lang ?? "nl";
    if (!mayAnswer(question, event.sender)) {
      const name = (await displayNameOf(question.roomId, question.askedBy)) ?? question.askedBy;
      const text = questionForSomeoneElse(lang, name);
      await tellOnce(question.roomId, event.event_id, text, target, "someone else's question");
      return true;
    }
    if (!(await questions.isLatest(question))) {
      const text = questionNoLongerOpen(lang);
      await tellOnce(question.roomId, event.event_id, text, target, "question no longer open");
      return true;
    }
    return false;
  };

  const tooOld = async (roomId: string, event: RoomEvent): Promise<boolean> => {
    if (now().getTime() - event.origin_server_ts > maxEventAgeMs) return true;
    const joinedAt = await store.kv.get(kvKeys.joinedAt(roomId));
    return joinedAt !== undefined && event.origin_server_ts < Number(joinedAt);
  };

  const sendEncryptionNotice = async (roomId: string) => {
    if ((await store.kv.get(kvKeys.encryptionNotice(roomId))) !== undefined) return;
    await sender.sendEvent(
      roomId,
      "m.room.message",
      plainNoticeContent(ENCRYPTED_ROOM_NOTICE),
      `encrypted:${roomId}`,
    );
    await store.kv.set(kvKeys.encryptionNotice(roomId), now().toISOString());
    log.info({ roomId }, "explained that encrypted rooms are not supported");
  };

  const checkEncryption = async (roomId: string) => {
    try {
      await client.getRoomStateEvent(roomId, "m.room.encryption", "");
    } catch (error) {
      if ((error as { errcode?: string }).errcode === "M_NOT_FOUND") return;
      throw error;
    }
    await sendEncryptionNotice(roomId);
  };

  const leaveIfNoAllowedUser = async (roomId: string) => {
    const members = await request(() => client.getJoinedRoomMembers(roomId));
    if (members.some((m) => m !== bot.userId && isAllowed(options.allow, m))) return;
    await request(() => client.leaveRoom(roomId));
    log.info({ roomId }, "left room: no allowed user remains");
  };

  const handleInvite = async (roomId: string, events: RoomEvent[]) => {
    const invite = events.find(
      (e) => e.type === "m.room.member" && e.state_key === bot.userId && e.content.membership === "invite",
    );
    if (!invite) return;
    if (!isAllowed(options.allow, invite.sender)) {
      await request(() => client.leaveRoom(roomId));
      log.warn({ roomId, inviter: invite.sender }, "rejected invite from a user who is not allowed");
      return;
    }
    await request(() => client.joinRoom(roomId));
    await store.kv.set(kvKeys.direct(roomId), invite.content.is_direct === true ? "1" : "0");
    log.info({ roomId, inviter: invite.sender }, "joined room");
    await checkEncryption(roomId);
  };

  const handleMessage = async (roomId: string, event: RoomEvent) => {
    const content = event.content as MessageContent & Record<string, unknown>;
    if (content.msgtype !== "m.text") return; // m.notice (bots), files, emotes…
    const relation = relationOf(content);
    if (relation?.rel_type === "m.replace") return;
    if (await tooOld(roomId, event)) return;
    const threadRoot = relation?.rel_type === "m.thread" ? String(relation.event_id) : undefined;
    const conversationId = `matrix:${roomId}${threadRoot ? `:${threadRoot}` : ""}`;
    const direct = await isDirect(roomId);
    const addressed = addressing(content, bot);
    const target: ReplyTarget = { inReplyTo: event.event_id, ...(threadRoot ? { threadRoot } : {}) };
    const inReplyTo = (relation?.["m.in_reply_to"] as { event_id?: string } | undefined)?.event_id;
    // A reply that answers one of the bot's questions is about that question, not about the sender's latest.
    const repliedTo = inReplyTo === undefined ? undefined : await questions.byEvent(inReplyTo);
    const answered = repliedTo && answersActions(addressed.text, repliedTo.actions) ? repliedTo : undefined;
    if (answered && (await refusedAnswer(answered, event, target))) return;
    const pending = answered ?? (await questions.openFor(conversationId, event.sender));
    const chosen = pending ? actionByNumber(addressed.text, pending.actions) : undefined;
    if (!direct && !addressed.addressed) {
      const answersQuestion =
        pending !== undefined && (inReplyTo === pending.eventId || chosen !== undefined);
      if (!answersQuestion) return;
    }
    await answerOnce(event.event_id, {
      log: requestLogger(log, event.event_id),
      roomId,
      sender: event.sender,
      text: chosen ?? addressed.text,
      ...(chosen === undefined ? { mentions: pillMentions(content.formatted_body, bot.userId) } : {}),
      conversationId,
      isDirect: direct,
      target,
      txnKey: `reply:${event.event_id}`,
      ...(pending && (answered || chosen !== undefined) ? { answering: pending } : {}),
    });
  };

  const handleReaction = async (roomId: string, event: RoomEvent) => {
    const relation = relationOf(event.content);
    if (relation?.rel_type !== "m.annotation" || typeof relation.event_id !== "string") return;
    // The reaction answers the question it was given on, whoever else has a question open in the room.
    const question = await questions.byEvent(relation.event_id);
    if (!question) return;
    const value = actionByReaction(String(relation.key ?? ""), question.actions);
    if (value === undefined || (await tooOld(roomId, event))) return;
    const target: ReplyTarget = {
      inReplyTo: question.eventId,
      ...(question.threadRoot ? { threadRoot: question.threadRoot } : {}),
    };
    if (await refusedAnswer(question, event, target)) return;
    await answerOnce(event.event_id, {
      log: requestLogger(log, event.event_id),
      roomId,
      sender: event.sender,
      text: value,
      conversationId: question.conversationId,
      isDirect: question.isDirect,
      target,
      txnKey: `reply:${event.event_id}`,
      answering: question,
    });
  };

  const handleRoomEvent = async (roomId: string, event: RoomEvent, initial: boolean) => {
    if (event.type === "m.room.member") {
      if (event.state_key === bot.userId && event.content.membership === "join") {
        await store.kv.set(kvKeys.joinedAt(roomId), String(event.origin_server_ts));
      } else if (!initial && (event.content.membership === "leave" || event.content.membership === "ban")) {
        await leaveIfNoAllowedUser(roomId);
      }
      return;
    }
    if (event.sender === bot.userId) return;
    if (event.type === "m.room.encryption" || event.type === "m.room.encrypted") {
      await sendEncryptionNotice(roomId);
      return;
    }
    if (initial) return; // history from before the bot's first start
    if (event.type === "m.room.message") await handleMessage(roomId, event);
    else if (event.type === "m.reaction") await handleReaction(roomId, event);
  };

  /**
   * What a limited sync left out (more than a timeline's worth of events while the bot was down), oldest first:
   * paged back from the timeline's start until events are too old to answer, at most MAX_CATCH_UP_PAGES pages.
   * Messages answered before the downtime are paged over again and skipped as already processed.
   */
  const missedEvents = async (roomId: string, from: string): Promise<RoomEvent[]> => {
    const missed: RoomEvent[] = [];
    let token: string | undefined = from;
    for (let page = 0; token !== undefined && page < MAX_CATCH_UP_PAGES; page++) {
      const query = {
        dir: "b",
        from: token,
        limit: timelineLimit,
        filter: JSON.stringify({ types: ANSWERABLE_TYPES }),
      };
      const response = (await request(() =>
        client.doRequest("GET", `/_matrix/client/v3/rooms/${encodeURIComponent(roomId)}/messages`, query),
      )) as MessagesPage;
      const chunk = response.chunk ?? [];
      for (const event of chunk) {
        if (await tooOld(roomId, event)) return missed.reverse();
        missed.push(event);
      }
      if (chunk.length === 0) return missed.reverse();
      token = response.end;
    }
    if (token !== undefined)
      log.warn({ roomId, pages: MAX_CATCH_UP_PAGES }, "catch-up stopped: older events skipped");
    return missed.reverse();
  };

  const handleMissedEvent = async (roomId: string, event: RoomEvent) => {
    if (event.sender === bot.userId) return;
    if (event.type === "m.room.message") await handleMessage(roomId, event);
    else if (event.type === "m.reaction") await handleReaction(roomId, event);
  };

  const catchUp = async (roomId: string, from: string) => {
    const missed = await missedEvents(roomId, from);
    log.info({ roomId, events: missed.length }, "sync timeline was limited: catching up on skipped events");
    for (const event of missed) await guarded(roomId, () => handleMissedEvent(roomId, event), event.event_id);
  };

  const processSync = async (response: SyncResponse, initial: boolean) => {
    for (const [roomId, room] of Object.entries(response.rooms?.invite ?? {})) {
      await guarded(roomId, () => handleInvite(roomId, room.invite_state?.events ?? []));
    }
    for (const [roomId, room] of Object.entries(response.rooms?.join ?? {})) {
      log.debug({ roomId, initial, events: room.timeline?.events?.length }, "room timeline");
      // Our own join first: events before it in this batch are history the bot must not answer.
      const ownJoin = room.timeline?.events?.findLast(
        (e) => e.type === "m.room.member" && e.state_key === bot.userId && e.content.membership === "join",
      );
      if (ownJoin) await store.kv.set(kvKeys.joinedAt(roomId), String(ownJoin.origin_server_ts));
      const skippedFrom =
        room.timeline?.limited && !initial && !ownJoin ? room.timeline.prev_batch : undefined;
      if (skippedFrom !== undefined) await guarded(roomId, () => catchUp(roomId, skippedFrom));
      for (const event of room.timeline?.events ?? []) {
        await guarded(roomId, () => handleRoomEvent(roomId, event, initial), event.event_id);
      }
    }
  };

  /**
   * One failing room or event must not stop the others; only a dead token stops the bot. A failed event is logged
   * under its event id as `reqId`, as the turn's own lines are.
   */
  const guarded = async (roomId: string, fn: () => Promise<void>, eventId?: string) => {
    try {
      await fn();
    } catch (error) {
      if (error instanceof UnknownTokenError) throw error;
      if (isDatabaseError(error)) metrics.databaseError("turn");
      log.error(
        { err: error, roomId, ...(eventId ? { [REQUEST_ID_FIELD]: eventId } : {}) },
        "handling a Matrix event failed",
      );
    }
  };

  const syncOnce = async (token: string | null): Promise<SyncResponse> => {
    // Synapse answers identical initial syncs from a 2-minute cache, which would hand a freshly wiped bot a
    // stale position and replay old messages: a one-off room id in the filter makes each first sync unique.
    const requestFilter = token
      ? filter
      : {
          ...filter,
          room: { ...filter.room, not_rooms: [`!first-sync-${randomBytes(6).toString("hex")}:invalid`] },
        };
    const query: Record<string, string | number> = {
      filter: JSON.stringify(requestFilter),
      timeout: token ? syncTimeoutMs : 0,
      set_presence: "offline",
    };
    if (token) query.since = token;
    return (await client.doRequest(
      "GET",
      "/_matrix/client/v3/sync",
      query,
      null,
      syncTimeoutMs + 15_000,
    )) as SyncResponse;
  };

  const run = async () => {
    let backoffMs = 500;
    while (!stopping) {
      if (!lease.holds()) {
        await pause(Math.min(2000, (options.leaseSlotMs ?? 20_000) / 4));
        continue;
      }
      try {
        const token = await storage.getSyncToken();
        const response = await syncOnce(token);
        log.debug(
          { hasToken: token !== null, rooms: Object.keys(response.rooms?.join ?? {}).length },
          "synced",
        );
        if (stopping || !lease.holds()) continue; // another instance may have the batch by now
        const work = processSync(response, token === null).then(() =>
          storage.setSyncToken(response.next_batch),
        );
        busy = work.catch(() => undefined);
        await work;
        lastSyncAt = now();
        backoffMs = 500;
      } catch (error) {
        if (stopping) break;
        const kind = error instanceof UnknownTokenError ? "unknown-token" : classifyError(error).kind;
        if (kind === "unknown-token") {
          const fatal = error instanceof UnknownTokenError ? error : new UnknownTokenError(error);
          fatalError = fatal.message;
          log.fatal(fatal.message);
          stopping = true;
          wakeUp();
          options.onFatal?.(fatal);
          break;
        }
        const waitMs =
          kind === "rate-limited"
            ? (classifyError(error) as { retryAfterMs: number }).retryAfterMs
            : backoffMs;
        log.warn({ err: error, waitMs }, "sync failed; retrying");
        await pause(waitMs);
        backoffMs = Math.min(backoffMs * 2, 10_000);
      }
    }
  };

  return {
    get userId() {
      return bot.userId;
    },
    async start() {
      if (running) return;
      await loop; // a previous run's last long-poll, so two loops never overlap
      stopping = false;
      fatalError = undefined;
      stopped = new Promise<void>((r) => {
        wakeUp = r;
      });
      const userId = await request(() => client.getUserId());
      const profile = await request(() => client.getUserProfile(userId)).catch(() => ({}));
      const displayName = (profile as { displayname?: string }).displayname;
      bot = { ...bot, userId, ...(displayName ? { displayName } : {}) };
      running = true;
      await checkLease();
      leaseTimer = setInterval(checkLease, Math.max(250, (options.leaseSlotMs ?? 20_000) / 4));
      loop = run().finally(() => {
        running = false;
        clearInterval(leaseTimer);
      });
      log.info({ userId, instance: randomBytes(3).toString("hex") }, "matrix bot started");
    },
    async stop() {
      if (!running && !stopping) return;
      stopping = true;
      wakeUp();
      clearInterval(leaseTimer);
      await busy;
      await Promise.race([loop, realSleep(100)]);
      running = false;
      await lease.release().catch((error) => log.error({ err: error }, "releasing the lease failed"));
      log.info("matrix bot stopped");
    },
    status() {
      return {
        running,
        leader: running && lease.holds(),
        ...(lastSyncAt ? { lastSyncAt } : {}),
        ...(fatalError ? { fatalError } : {}),
      };
    },
    async sendToRoom(roomId, reply, { txnId }) {
      const eventId = await sender.sendReply(roomId, reply, {}, txnId);
      const conversationId = `matrix:${roomId}`;
      await questions.remember(reply, {
        eventId,
        conversationId,
        roomId,
        isDirect: await isDirect(roomId),
        askedBy: "",
      });
      return eventId;
    },
  };
}
