import { Language } from "@weerbaar/domain";

/** The languages the assistant speaks: the domain's `Language`. */
export const Lang = Language;
/** Dutch or English. */
export type Lang = Language;

/** One piece of a reply; all text is plain text, renderers escape it for their platform. */
export type Block =
  | { type: "paragraph"; text: string; tone?: "info" | "success" | "warning" }
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

/** The platform-neutral answer of the assistant, rendered by each adapter. */
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

/** A reply with a title and blocks; actions, attachments and data default to empty. */
export function createReply(
  init: Pick<Reply, "lang" | "intent"> & Partial<Omit<Reply, "lang" | "intent">>,
): Reply {
  return { blocks: [], actions: [], attachments: [], data: {}, ...init };
}

/** A reply of one paragraph. */
export function textReply(
  lang: Lang,
  intent: string,
  text: string,
  data: Record<string, unknown> = {},
): Reply {
  return createReply({ lang, intent, blocks: [{ type: "paragraph", text }], data });
}
