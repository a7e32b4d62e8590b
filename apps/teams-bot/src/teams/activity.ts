import type { Activity } from "botbuilder";

/** Where a Teams activity happened. */
export type ConversationKind = "personal" | "groupChat" | "channel";

/** The kind of conversation; unknown types count as group chats, where the bot is most reserved. */
export function conversationKind(activity: Partial<Activity>): ConversationKind {
  const type = activity.conversation?.conversationType;
  if (type === "personal" || type === "channel" || type === "groupChat") return type;
  return activity.conversation?.isGroup ? "groupChat" : "personal";
}

function tenantsOf(activity: Partial<Activity>): { conversation?: string; channelData?: string } {
  const fromChannelData = (activity.channelData as { tenant?: { id?: unknown } } | undefined)?.tenant?.id;
  const fromConversation = activity.conversation?.tenantId as unknown;
  return {
    ...(typeof fromConversation === "string" ? { conversation: fromConversation } : {}),
    ...(typeof fromChannelData === "string" ? { channelData: fromChannelData } : {}),
  };
}

/** The Microsoft Entra tenant the activity comes from. */
export function tenantOf(activity: Partial<Activity>): string | undefined {
  const tenants = tenantsOf(activity);
  return tenants.conversation ?? tenants.channelData;
}

/**
 * Whether the activity names two different tenants (`conversation.tenantId` and `channelData.tenant.id`): Teams
 * sends the same one in both, so a mismatch is a forged or broken activity and is refused before any turn.
 */
export function tenantsDisagree(activity: Partial<Activity>): boolean {
  const { conversation, channelData } = tenantsOf(activity);
  return conversation !== undefined && channelData !== undefined && conversation !== channelData;
}

/**
 * The conversation the bot posts to proactively: a channel thread's id without `;messageid=…`, so reminders
 * start a new post in the channel instead of answering an old thread.
 */
export function baseConversationId(conversationId: string): string {
  const cut = conversationId.indexOf(";messageid=");
  return cut === -1 ? conversationId : conversationId.slice(0, cut);
}

/** The language hint for the assistant from a Teams locale such as `nl-NL` or `en-GB`. */
export function langHintOf(locale: string | undefined): "nl" | "en" | undefined {
  const language = locale?.toLowerCase().split(/[-_]/)[0];
  return language === "nl" || language === "en" ? language : undefined;
}
