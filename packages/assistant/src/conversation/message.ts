import type { ChatIdentity } from "@weerbaar/domain";
import type { Lang } from "@weerbaar/reply";

/** Where a message came from, and where a reply or reminder goes. */
export type ChannelRef = { platform: "teams" | "matrix" | "console"; id: string };

/**
 * A person @mentioned in a message, as the adapter read it from its platform: the account as an identity key
 * ("teams:<aad object id>", "matrix:@lisa:example.org"), the name the platform shows, and the mention as it
 * stands in the message's `text` (e.g. "<at>Lisa de Vries</at>" in Teams, the pill's text in Matrix). Without
 * `id` (the platform could not tell whose account it is) the mention reads as the name alone.
 */
export type MessageMention = { id?: string; name: string; text: string };

/** One message handed to the assistant by an adapter. */
export type IncomingMessage = {
  /** Dialog-state key, e.g. "teams:<conversation id>" or "matrix:<room id>". */
  conversationId: string;
  channel: ChannelRef;
  identity: ChatIdentity;
  displayName?: string;
  /** What was typed (mention stripped), or the value of an action the user chose. */
  text: string;
  langHint?: Lang;
  /** The people the message @mentions, in any order; never the bot itself. */
  mentions?: readonly MessageMention[];
  /**
   * Whose question the message answers, when the adapter knows it: the text is a button of a card that was the
   * answer to that person. Anyone else who presses it is told whose question it was, and nothing changes.
   */
  questionOf?: ChatIdentity;
  /** A personal chat or direct message. */
  isDirect: boolean;
};

// Control and format characters (zero-width, bidi overrides) become spaces; they carry no meaning here.
const controlCharacters = /[\p{Cc}\p{Cf}\u2028\u2029]/gu;

/** The longest text read for understanding; longer messages are read in part (a note keeps more). */
export const MAX_UNDERSTOOD_LENGTH = 2000;

/** Removes control and zero-width characters and collapses whitespace, so hostile input reads as text. */
export function cleanText(text: string): string {
  // Lone surrogates become U+FFFD here: stored as they are, SQLite would read them back as three of them.
  return text.toWellFormed().replace(controlCharacters, " ").replace(/\s+/g, " ").trim();
}
