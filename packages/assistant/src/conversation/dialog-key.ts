import { type ChatIdentity, identityKey, parseIdentityKey } from "@weerbaar/domain";
import type { IncomingMessage } from "./message.ts";

// Matrix room ids, Teams conversation ids and identity keys never contain it, so the last one splits the key.
const PERSON = "#";

/**
 * Where a message's open question is kept. A direct chat has one person, so the conversation is the key; in a
 * group chat, channel or room every person has a question of their own, so nobody answers someone else's.
 */
export function dialogKey(message: IncomingMessage): string {
  return message.isDirect
    ? message.conversationId
    : `${sharedPrefix(message)}${identityKey(message.identity)}`;
}

/** The start of every person's dialog key in the message's shared conversation. */
export function sharedPrefix(message: IncomingMessage): string {
  return `${message.conversationId}${PERSON}`;
}

/** The person a shared conversation's dialog key belongs to, if it is one. */
export function personOfDialogKey(key: string): ChatIdentity | undefined {
  const at = key.lastIndexOf(PERSON);
  if (at === -1) return undefined;
  try {
    return parseIdentityKey(key.slice(at + 1));
  } catch {
    return undefined;
  }
}
