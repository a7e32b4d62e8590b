import { randomBytes } from "node:crypto";
import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import type { ChannelActivity, ChannelContext, TeamsUser } from "./activities.ts";
import { createTokenIssuer, type TokenIssuer, type TokenVariant } from "./token-issuer.ts";

/** One call the bot made to the channel. */
export type ConnectorCall = {
  kind: "send" | "reply" | "update" | "delete" | "createConversation" | "member" | "other";
  method: string;
  path: string;
  conversationId?: string;
  /** The id the call addressed (reply target, updated or deleted activity). */
  activityId?: string;
  /** The member a roster lookup asked for (`GET /v3/conversations/{id}/members/{memberId}`). */
  memberId?: string;
  /** The id the channel gave the posted activity. */
  assignedId?: string;
  activity?: ChannelActivity;
  authorization?: string;
  status: number;
};

/** The bot's answer to an activity the channel posted. */
export type BotResponse = { status: number; body: string };

/** A local Teams channel: posts signed activities to a bot and records what the bot sends back. */
export type BotConnector = {
  /** The channel's service URL (what activities carry as `serviceUrl`; ends with a slash, as Teams' does). */
  readonly serviceUrl: string;
  readonly openIdMetadataUrl: string;
  readonly jwksUrl: string;
  readonly issuer: string;
  readonly context: ChannelContext;
  readonly tokens: TokenIssuer;
  /** Every call the bot made, in order. */
  readonly calls: readonly ConnectorCall[];
  /** Where `post` sends activities (the bot's /api/messages). */
  setBotEndpoint(url: string): void;
  /** Posts an activity to the bot with a channel token of the given variant. */
  post(activity: ChannelActivity, options?: { token?: TokenVariant }): Promise<BotResponse>;
  /** Activities the bot posted (sent or replied) to a conversation, in order. */
  activitiesIn(conversationId: string): ChannelActivity[];
  /** Resolves with the first `count` activities posted to the conversation; rejects after `timeoutMs`. */
  waitForReplies(conversationId: string, count: number, timeoutMs?: number): Promise<ChannelActivity[]>;
  /** Answers every later call for this conversation with 403 (bot removed) or 404 (conversation gone). */
  failConversation(conversationId: string, status: 403 | 404): void;
  /**
   * Puts a user on the roster: `GET /v3/conversations/{any id}/members/{user.id}` (TeamsInfo.getMember) answers
   * with them, Entra object id included. Every conversation shares the one roster; unknown members get 404.
   */
  addMember(user: TeamsUser): void;
  /** The token the bot should present on outbound calls (see `requireBotToken`). */
  botToken(): Promise<string>;
  close(): Promise<void>;
};

/** Options of the connector. */
export type BotConnectorOptions = {
  /** The bot's Microsoft App id; tokens are issued for this audience. */
  appId: string;
  botName?: string;
  tenantId?: string;
  /** Answer 401 to bot calls without a token from `botToken()` (what the real channel does). */
  requireBotToken?: boolean;
  /** Token lifetimes; must track the real clock (see createTokenIssuer). */
  now?: () => Date;
};

const FAILURE_BODIES = {
  403: {
    error: { code: "BotNotInConversationRoster", message: "The bot is not part of the conversation roster." },
  },
  404: { error: { code: "ConversationNotFound", message: "Conversation not found." } },
} as const;

async function readBody(req: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString("utf8");
}

function sendJson(res: ServerResponse, status: number, body: unknown): void {
  res.writeHead(status, { "content-type": "application/json; charset=utf-8" });
  res.end(JSON.stringify(body));
}

/** A roster entry as Teams answers a member lookup (`TeamsChannelAccount`). */
function memberOf(user: TeamsUser, tenantId: string): Record<string, unknown> {
  const [givenName = user.name, ...rest] = user.name.split(" ");
  const login = user.name.toLowerCase().replace(/[^a-z]+/g, ".");
  return {
    id: user.id,
    name: user.name,
    aadObjectId: user.aadObjectId,
    givenName,
    surname: rest.join(" "),
    email: `${login}@example.org`,
    userPrincipalName: `${login}@example.org`,
    tenantId,
    userRole: "user",
  };
}

/** Starts a connector emulator on 127.0.0.1 with a free port. */
export async function startBotConnector(options: BotConnectorOptions): Promise<BotConnector> {
  const tokens = await createTokenIssuer(options.now ? { now: options.now } : {});
  const calls: ConnectorCall[] = [];
  const failures = new Map<string, 403 | 404>();
  const roster = new Map<string, TeamsUser>();
  const waiters = new Set<() => void>();
  let botEndpoint: string | undefined;
  let nextId = 1;
  let base = "";

  const notify = () => {
    for (const waiter of [...waiters]) waiter();
  };

  const classify = (
    method: string,
    parts: string[],
  ): Pick<ConnectorCall, "kind" | "conversationId" | "activityId" | "memberId"> => {
    // parts: ["v3", "conversations", id?, "activities"?, activityId?] or [..., id, "members", memberId]
    if (parts[0] !== "v3" || parts[1] !== "conversations") return { kind: "other" };
    const conversationId = parts[2];
    if (conversationId === undefined)
      return method === "POST" ? { kind: "createConversation" } : { kind: "other" };
    const memberId = parts[4];
    if (method === "GET" && parts[3] === "members" && memberId !== undefined && parts.length === 5)
      return { kind: "member", conversationId, memberId };
    if (parts[3] !== "activities") return { kind: "other", conversationId };
    const activityId = parts[4];
    if (method === "POST")
      return activityId ? { kind: "reply", conversationId, activityId } : { kind: "send", conversationId };
    if (method === "PUT" && activityId) return { kind: "update", conversationId, activityId };
    if (method === "DELETE" && activityId) return { kind: "delete", conversationId, activityId };
    return { kind: "other", conversationId };
  };

  const handle = async (req: IncomingMessage, res: ServerResponse) => {
    const url = new URL(req.url ?? "/", base);
    if (req.method === "GET" && url.pathname === "/v1/.well-known/openidconfiguration") {
      return sendJson(res, 200, {
        issuer: tokens.issuer,
        authorization_endpoint: `${base}/v1/.well-known/authorize`,
        jwks_uri: `${base}/v1/.well-known/keys`,
        id_token_signing_alg_values_supported: ["RS256"],
        token_endpoint_auth_methods_supported: ["private_key_jwt"],
      });
    }
    if (req.method === "GET" && url.pathname === "/v1/.well-known/keys")
      return sendJson(res, 200, tokens.jwks());

    const method = req.method ?? "GET";
    const parts = url.pathname.split("/").filter(Boolean).map(decodeURIComponent);
    const text = await readBody(req);
    const authorization = req.headers.authorization;
    const { kind, conversationId, activityId, memberId } = classify(method, parts);
    const call: ConnectorCall = {
      kind,
      method,
      path: url.pathname,
      ...(conversationId === undefined ? {} : { conversationId }),
      ...(activityId === undefined ? {} : { activityId }),
      ...(memberId === undefined ? {} : { memberId }),
      ...(authorization === undefined ? {} : { authorization }),
      status: 200,
    };
    if (text) {
      try {
        call.activity = JSON.parse(text) as ChannelActivity;
      } catch {
        call.status = 400;
      }
    }
    const bearer = authorization?.startsWith("Bearer ") ? authorization.slice(7) : undefined;
    const failure = conversationId === undefined ? undefined : failures.get(conversationId);
    let body: unknown = {};
    if (call.status === 400) body = { error: { code: "BadArgument", message: "Invalid JSON" } };
    else if (options.requireBotToken && !(bearer && tokens.isBotToken(bearer))) {
      call.status = 401;
      body = { message: "Authorization has been denied for this request." };
    } else if (failure) {
      call.status = failure;
      body = FAILURE_BODIES[failure];
    } else if (kind === "send" || kind === "reply" || kind === "createConversation") {
      const id = `1:${nextId++}${randomBytes(4).toString("hex")}`;
      call.assignedId = id;
      if (call.activity) call.activity = { ...call.activity, id };
      body =
        kind === "createConversation"
          ? { id: `a:${randomBytes(12).toString("hex")}`, activityId: id }
          : { id };
    } else if (kind === "update") {
      body = { id: activityId };
    } else if (kind === "delete") {
      body = {};
    } else if (kind === "member") {
      const member = memberId === undefined ? undefined : roster.get(memberId);
      if (member) body = memberOf(member, context.tenantId);
      else {
        call.status = 404;
        body = {
          error: { code: "MemberNotFoundInConversation", message: "The member is not in the conversation." },
        };
      }
    } else {
      call.status = 404;
      body = { error: { code: "NotFound", message: `No route for ${method} ${url.pathname}` } };
    }
    calls.push(call);
    sendJson(res, call.status, body);
    notify();
  };

  const server = createServer((req, res) => {
    handle(req, res).catch((error: unknown) => {
      if (!res.headersSent) sendJson(res, 500, { error: { code: "EmulatorError", message: String(error) } });
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  base = `http://127.0.0.1:${port}`;
  const serviceUrl = `${base}/`;
  const context: ChannelContext = {
    serviceUrl,
    bot: { id: `28:${options.appId}`, name: options.botName ?? "Weerbaar" },
    tenantId: options.tenantId ?? "72f988bf-86f1-41af-91ab-2d7cd011db47",
  };

  const posted = (conversationId: string) =>
    calls
      .filter(
        (c) =>
          (c.kind === "send" || c.kind === "reply") &&
          c.status === 200 &&
          c.conversationId === conversationId,
      )
      .map((c) => c.activity)
      .filter((a): a is ChannelActivity => a !== undefined);

  return {
    serviceUrl,
    openIdMetadataUrl: `${base}/v1/.well-known/openidconfiguration`,
    jwksUrl: `${base}/v1/.well-known/keys`,
    issuer: tokens.issuer,
    context,
    tokens,
    calls,
    setBotEndpoint(url) {
      botEndpoint = url;
    },
    async post(activity, postOptions = {}) {
      if (!botEndpoint)
        throw new Error("setBotEndpoint first: the connector does not know where the bot listens");
      const serviceUrlOfActivity = typeof activity.serviceUrl === "string" ? activity.serviceUrl : serviceUrl;
      const token = await tokens.channelToken({
        audience: options.appId,
        serviceUrl: serviceUrlOfActivity,
        variant: postOptions.token ?? "valid",
      });
      const response = await fetch(botEndpoint, {
        method: "POST",
        headers: {
          "content-type": "application/json",
          ...(token ? { authorization: `Bearer ${token}` } : {}),
        },
        body: JSON.stringify(activity),
      });
      return { status: response.status, body: await response.text() };
    },
    activitiesIn: posted,
    waitForReplies(conversationId, count, timeoutMs = 5000) {
      return new Promise((resolve, reject) => {
        const check = () => {
          const found = posted(conversationId);
          if (found.length < count) return false;
          waiters.delete(check);
          clearTimeout(timer);
          resolve(found.slice(0, count));
          return true;
        };
        const timer = setTimeout(() => {
          waiters.delete(check);
          const got = posted(conversationId).length;
          reject(
            new Error(`waited ${timeoutMs} ms for ${count} activities in ${conversationId}, got ${got}`),
          );
        }, timeoutMs);
        waiters.add(check);
        check();
      });
    },
    failConversation(conversationId, status) {
      failures.set(conversationId, status);
    },
    addMember(user) {
      roster.set(user.id, user);
    },
    botToken: () => tokens.botToken(options.appId),
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.closeAllConnections();
        server.close((error) => (error ? reject(error) : resolve()));
      }),
  };
}
