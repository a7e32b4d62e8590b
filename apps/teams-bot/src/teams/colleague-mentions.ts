// botbuilder as a value: import this only from code that runs inside a turn (see lazy-framework.ts).
import type { MessageMention } from "@weerbaar/assistant";
import { type ChannelAccount, TeamsInfo, TurnContext } from "botbuilder";
import type { Logger } from "pino";

/** An Entra object id as Teams writes it. */
const OBJECT_ID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** A Teams user id: the roster knows its object id. Channels and teams ("19:…"), tags and bots are no colleagues. */
const USER_ID = /^29:/;

type Account = { aadObjectId: string; name?: string };

/** The Entra object id behind a mentioned account: from the mention itself, else from the roster. */
async function accountOf(
  context: TurnContext,
  mentioned: ChannelAccount,
  log: Logger,
): Promise<Account | undefined> {
  if (mentioned.aadObjectId) return { aadObjectId: mentioned.aadObjectId };
  if (OBJECT_ID.test(mentioned.id)) return { aadObjectId: mentioned.id };
  if (!USER_ID.test(mentioned.id)) return undefined;
  try {
    const member = await TeamsInfo.getMember(context, mentioned.id);
    // Older roster answers name the object id `objectId` (botbuilder maps it for member lists only).
    const aadObjectId = member.aadObjectId ?? (member as { objectId?: string }).objectId;
    return aadObjectId ? { aadObjectId, ...(member.name ? { name: member.name } : {}) } : undefined;
  } catch (error) {
    log.warn({ event: "roster_lookup_failed", err: error }, "mentioned user not found in the roster");
    return undefined;
  }
}

/**
 * The people a message @mentions besides the bot, as the assistant takes them: `teams:<Entra object id>`, the
 * name and the `<at>…</at>` text. Teams names a mentioned user by their Teams id ("29:…"); the object id comes
 * from the mention when Teams gives it, else from the conversation's roster (TeamsInfo.getMember, once per user).
 * A mention of no user the roster knows (a channel, a tag, someone who left) goes without an account, so the
 * assistant reads it as the name it shows.
 */
export async function colleagueMentions(context: TurnContext, log: Logger): Promise<MessageMention[]> {
  const botId = context.activity.recipient?.id;
  const accounts = new Map<string, Promise<Account | undefined>>();
  const mentions: MessageMention[] = [];
  for (const mention of TurnContext.getMentions(context.activity)) {
    const { mentioned, text } = mention;
    if (!mentioned?.id || mentioned.id === botId || !text) continue;
    let lookup = accounts.get(mentioned.id);
    if (!lookup) {
      lookup = accountOf(context, mentioned, log);
      accounts.set(mentioned.id, lookup);
    }
    const account = await lookup;
    const name = account?.name ?? mentioned.name ?? "";
    mentions.push({ ...(account ? { id: `teams:${account.aadObjectId}` } : {}), name, text });
  }
  return mentions;
}
