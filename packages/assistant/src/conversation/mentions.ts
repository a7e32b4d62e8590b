import { IdentityKey } from "@weerbaar/domain";
import type { MentionedPerson } from "../understanding/slots/colleague.ts";
import { cleanText, type MessageMention } from "./message.ts";

/** The longest name a mention gives that is kept, as long as a staff member's display name may be. */
const MAX_NAME_LENGTH = 200;

/** A message's text as the understanding reads it, and the people it @mentions. */
export type ReadMentions = { text: string; people: MentionedPerson[] };

function accountOf(id: string | undefined): MentionedPerson["identity"] | undefined {
  if (id === undefined) return undefined;
  const parsed = IdentityKey.safeParse(id);
  if (!parsed.success) return undefined;
  const identity = parsed.data;
  if (identity.platform === "teams") return { platform: "teams", id: identity.aadObjectId };
  if (identity.platform === "matrix") return { platform: "matrix", id: identity.userId };
  return undefined; // the console has no colleagues to mention
}

function nameOf(mention: MessageMention): string {
  const name = cleanText(mention.name) || cleanText(mention.text.replace(/<[^>]*>/g, " ")).replace(/^@/, "");
  return name.slice(0, MAX_NAME_LENGTH).trim();
}

/**
 * Writes every mention in the text as the person's name ("voeg <at>Lisa de Vries</at> toe" reads "voeg Lisa de
 * Vries toe", so a name still reads as a name), and keeps the mentions with a usable account, in the order they
 * stand in the text. A mention without an account, or whose account is not an identity key, reads as its name.
 */
export function readMentions(text: string, mentions: readonly MessageMention[] = []): ReadMentions {
  const positioned = mentions
    .map((mention) => ({ mention, at: mention.text ? text.indexOf(mention.text) : -1 }))
    .sort((a, b) => (a.at < 0 ? Infinity : a.at) - (b.at < 0 ? Infinity : b.at));
  let read = text;
  const people: MentionedPerson[] = [];
  for (const { mention } of positioned) {
    const name = nameOf(mention);
    if (mention.text && name) read = read.split(mention.text).join(name);
    const identity = accountOf(mention.id);
    if (identity && name && !people.some((p) => p.identity.id === identity.id))
      people.push({ identity, name });
  }
  return { text: read, people };
}
