import { type ChatIdentity, Language } from "@weerbaar/domain";

/** The languages the assistant speaks: the domain's `Language`. */
export const Lang = Language;
/** Dutch or English. */
export type Lang = Language;

/**
 * A person a reply @mentions: their name as it stands in the text, and the chat accounts a platform can mention
 * them by. Teams and Matrix turn the name into a real mention (a notification); the plain text keeps the name.
 */
export type PersonMention = { name: string; identities: ChatIdentity[] };

/** One piece of a reply; all text is plain text, renderers escape it for their platform. */
export type Block =
  | {
      type: "paragraph";
      text: string;
      tone?: "info" | "success" | "warning";
      /** People whose name (its first occurrence in `text`) is an @mention of them. */
      mentions?: PersonMention[];
    }
  | { type: "facts"; facts: { label: string; value: string }[] }
  | { type: "list"; title?: string; items: string[]; ordered?: boolean }
  | { type: "table"; columns: string[]; rows: string[][] }
  | { type: "groups"; groups: { title: string; items: string[] }[] };

/** A button or quick answer: choosing it sends `value` back as the user's answer. */
export type Action = { label: string; value: string; style?: "positive" | "destructive" | "default" };

/** A file or picture sent with a reply. */
export type Attachment = {
  kind: "file" | "image";
  fileName: string;
  mimeType: string;
  data: Uint8Array;
  description: string;
};

/** Which page of a long result this reply shows. */
export type Paging = { page: number; pages: number; total: number; nextValue?: string };

/**
 * The platform-neutral answer of the assistant, rendered by each adapter (Teams cards, Matrix HTML, plain text).
 * Build one with `createReply` or `textReply`, never by hand, so new fields get their defaults.
 */
export type Reply = {
  lang: Lang;
  intent: string;
  title?: string;
  blocks: Block[];
  actions: Action[];
  attachments: Attachment[];
  paging?: Paging;
  /** Structured facts for machines (the console's --json, tests); never rendered. */
  data: Record<string, unknown>;
};
