import type { Lang, Reply } from "./reply.ts";

/**
 * A reply with a title and blocks; actions, attachments and data default to empty.
 *
 * @example
 * ```ts
 * const reply = createReply({
 *   lang: "nl",
 *   intent: "body_status",
 *   title: "Leudal",
 *   blocks: [{ type: "facts", facts: [{ label: "Protocol", value: "aanwezig" }] }],
 *   actions: [{ label: "Ja", value: "ja", style: "positive" }],
 * });
 * ```
 */
export function createReply(
  init: Pick<Reply, "lang" | "intent"> & Partial<Omit<Reply, "lang" | "intent">>,
): Reply {
  return { blocks: [], actions: [], attachments: [], data: {}, ...init };
}

/**
 * A reply of one paragraph, with structured `data` for machines (the console's --json, tests).
 *
 * @example
 * ```ts
 * const reply = textReply("en", "record_outreach", "Noted: Venlo was called.", { bodyCode: "GM0983" });
 * ```
 */
export function textReply(
  lang: Lang,
  intent: string,
  text: string,
  data: Record<string, unknown> = {},
): Reply {
  return createReply({ lang, intent, blocks: [{ type: "paragraph", text }], data });
}
