import { randomBytes, randomUUID } from "node:crypto";

/** A Teams user as the channel describes them. */
export type TeamsUser = { id: string; aadObjectId: string; name: string };

/** Where a message is posted: a personal chat, a group chat or a channel of a team. */
export type TeamsChat =
  | { kind: "personal"; id: string }
  | { kind: "groupChat"; id: string }
  | { kind: "channel"; id: string; teamId: string; teamName: string; channelId: string };

/** What every activity of one channel shares: its service URL, the bot and the tenant. */
export type ChannelContext = { serviceUrl: string; bot: { id: string; name: string }; tenantId: string };

/** A Bot Framework activity as JSON (loosely typed: tests inspect what they need). */
export type ChannelActivity = Record<string, unknown> & {
  type: string;
  id?: string;
  conversation?: { id: string };
};

/** A Teams user with random ids, as Teams shows them (`29:` user id, AAD object id). */
export function teamsUser(name: string, aadObjectId: string = randomUUID()): TeamsUser {
  return { id: `29:${randomBytes(24).toString("base64url")}`, aadObjectId, name };
}

/** A mention entity of a message (`text` as it stands in the message's text). */
export type MentionEntity = {
  type: "mention";
  text: string;
  mentioned: { id: string; name: string; aadObjectId?: string };
};

/**
 * A mention of a user as Teams sends it: `<at>Name</at>` (or the shorter name the sender kept, `shownAs`) and the
 * user's Teams id, without the Entra object id, which the bot looks up in the roster; `withAadObjectId` adds it.
 */
export function userMention(
  user: TeamsUser,
  options: { shownAs?: string; withAadObjectId?: boolean } = {},
): MentionEntity {
  return {
    type: "mention",
    text: `<at>${options.shownAs ?? user.name}</at>`,
    mentioned: {
      id: user.id,
      name: user.name,
      ...(options.withAadObjectId ? { aadObjectId: user.aadObjectId } : {}),
    },
  };
}

/** A personal (1:1) chat with the bot. */
export function personalChat(): TeamsChat {
  return { kind: "personal", id: `a:${randomBytes(30).toString("base64url")}` };
}

/** A group chat the bot was added to. */
export function groupChat(): TeamsChat {
  return { kind: "groupChat", id: `19:${randomBytes(16).toString("hex")}@thread.v2` };
}

/** The General channel of a team (a new thread per message: `;messageid=` is added by `channelMessage`). */
export function teamChannel(teamName = "Weerbaar Bestuur"): TeamsChat & { kind: "channel" } {
  const channelId = `19:${randomBytes(16).toString("hex")}@thread.tacv2`;
  return { kind: "channel", id: channelId, teamId: channelId, teamName, channelId };
}

function conversationOf(ctx: ChannelContext, chat: TeamsChat) {
  return {
    id: chat.id,
    conversationType: chat.kind,
    tenantId: ctx.tenantId,
    ...(chat.kind === "personal" ? {} : { isGroup: true }),
  };
}

function channelDataOf(ctx: ChannelContext, chat: TeamsChat): Record<string, unknown> {
  const tenant = { id: ctx.tenantId };
  if (chat.kind !== "channel") return { tenant };
  return {
    tenant,
    teamsTeamId: chat.teamId,
    teamsChannelId: chat.channelId,
    team: { id: chat.teamId, name: chat.teamName },
    channel: { id: chat.channelId },
  };
}

function envelope(
  ctx: ChannelContext,
  chat: TeamsChat,
  from: TeamsUser | { id: string; name?: string },
  locale: string,
) {
  const now = new Date().toISOString();
  return {
    id: `${Date.now()}${randomBytes(2).readUInt16BE()}`,
    timestamp: now,
    localTimestamp: now,
    localTimezone: "Europe/Amsterdam",
    serviceUrl: ctx.serviceUrl,
    channelId: "msteams",
    from,
    conversation: conversationOf(ctx, chat),
    recipient: { id: ctx.bot.id, name: ctx.bot.name },
    locale,
    channelData: channelDataOf(ctx, chat),
  };
}

/** A message typed in a personal chat. */
export function personalMessage(
  ctx: ChannelContext,
  options: { user: TeamsUser; chat: TeamsChat; text: string; locale?: string },
): ChannelActivity {
  const locale = options.locale ?? "nl-NL";
  return {
    type: "message",
    ...envelope(ctx, options.chat, options.user, locale),
    textFormat: "plain",
    text: options.text,
    entities: [{ type: "clientInfo", locale, country: "NL", platform: "Web", timezone: "Europe/Amsterdam" }],
  };
}

/**
 * A message in a group chat or channel; with `mention` (default) it starts with `<at>Bot</at>` and carries the
 * mention entity, as Teams sends it when the bot is @mentioned. `mentions` are the other people the text
 * mentions (see userMention). In a channel each message opens a thread.
 */
export function groupMessage(
  ctx: ChannelContext,
  options: {
    user: TeamsUser;
    chat: TeamsChat;
    text: string;
    locale?: string;
    mention?: boolean;
    mentions?: MentionEntity[];
    /** In a channel: the thread to answer in (its conversation id, `…;messageid=…`) instead of a new one. */
    thread?: string;
  },
): ChannelActivity {
  const locale = options.locale ?? "nl-NL";
  const mention = options.mention ?? true;
  const base = envelope(ctx, options.chat, options.user, locale);
  const chat = options.chat;
  const conversation =
    chat.kind === "channel"
      ? { ...base.conversation, id: options.thread ?? `${chat.channelId};messageid=${base.id}` }
      : base.conversation;
  const atText = `<at>${ctx.bot.name}</at>`;
  return {
    type: "message",
    ...base,
    conversation,
    textFormat: "plain",
    text: mention ? `${atText} ${options.text}` : options.text,
    entities: [
      ...(mention
        ? [{ type: "mention", text: atText, mentioned: { id: ctx.bot.id, name: ctx.bot.name } }]
        : []),
      ...(options.mentions ?? []),
      { type: "clientInfo", locale, country: "NL", platform: "Web", timezone: "Europe/Amsterdam" },
    ],
  };
}

/** What Teams sends when a user presses an Action.Submit button of the card with id `replyToId`. */
export function cardSubmit(
  ctx: ChannelContext,
  options: {
    user: TeamsUser;
    chat: TeamsChat;
    value: Record<string, unknown>;
    replyToId: string;
    locale?: string;
  },
): ChannelActivity {
  return {
    type: "message",
    ...envelope(ctx, options.chat, options.user, options.locale ?? "nl-NL"),
    replyToId: options.replyToId,
    value: options.value,
    channelData: {
      ...channelDataOf(ctx, options.chat),
      source: { name: "message" },
      legacy: { replyToId: options.replyToId },
    },
  };
}

/**
 * The `adaptiveCard/action` invoke Teams sends when a user presses an Action.Execute button of the card with id
 * `replyToId` (`trigger: "manual"`), or when the card's `refresh` fires in their client (`"automatic"`). `action`
 * is the pressed action as the card defines it; in a channel, `thread` is the conversation id of the card's thread.
 * The bot answers in the HTTP response: `{ statusCode, type, value }`.
 */
export function cardExecute(
  ctx: ChannelContext,
  options: {
    user: TeamsUser;
    chat: TeamsChat;
    action: { verb?: string; data?: unknown; title?: string };
    replyToId: string;
    trigger?: "manual" | "automatic";
    thread?: string;
    locale?: string;
  },
): ChannelActivity {
  const base = envelope(ctx, options.chat, options.user, options.locale ?? "nl-NL");
  const { verb, data, title } = options.action;
  return {
    type: "invoke",
    name: "adaptiveCard/action",
    ...base,
    ...(options.thread ? { conversation: { ...base.conversation, id: options.thread } } : {}),
    replyToId: options.replyToId,
    value: {
      action: {
        type: "Action.Execute",
        id: "",
        ...(title === undefined ? {} : { title }),
        ...(verb === undefined ? {} : { verb }),
        ...(data === undefined ? {} : { data }),
      },
      trigger: options.trigger ?? "manual",
    },
    channelData: {
      ...channelDataOf(ctx, options.chat),
      source: { name: "message" },
      legacy: { replyToId: options.replyToId },
    },
  };
}

/** The conversationUpdate Teams sends when the bot is added to a team (General channel) or a chat. */
export function botAdded(ctx: ChannelContext, options: { chat: TeamsChat; by: TeamsUser }): ChannelActivity {
  const base = envelope(ctx, options.chat, options.by, "nl-NL");
  return {
    type: "conversationUpdate",
    ...base,
    membersAdded: [{ id: ctx.bot.id }],
    channelData: {
      ...base.channelData,
      eventType: options.chat.kind === "channel" ? "teamMemberAdded" : undefined,
    },
  };
}

/** The installationUpdate Teams sends when the app is installed in or removed from a scope. */
export function installationUpdate(
  ctx: ChannelContext,
  options: { chat: TeamsChat; by: TeamsUser; action: "add" | "remove" },
): ChannelActivity {
  const base = envelope(ctx, options.chat, options.by, "nl-NL");
  return {
    type: "installationUpdate",
    ...base,
    action: options.action,
    channelData: { ...base.channelData, source: { name: options.chat.kind === "channel" ? "team" : "chat" } },
  };
}
