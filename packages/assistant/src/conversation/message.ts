import type { ChatIdentity } from "@weerbaar/domain";
import type { Lang } from "../reply/reply.ts";

/** Where a message came from, and where a reply or reminder goes. */
export type ChannelRef = { platform: "teams" | "matrix" | "console"; id: string };

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
