/**
 * @weerbaar/reply: the reply document, the one answer format between the assistant and the chat platforms.
 *
 * Producers (the assistant's use cases, the reminders) build a `Reply` of blocks, actions and attachments in
 * plain text; each adapter renders it for its platform (Teams cards, Matrix HTML), and `renderPlainText` is the
 * console's output and every platform's fallback. Nothing here knows a platform, the store or the assistant.
 *
 * @example
 * ```ts
 * import { createReply, renderPlainText } from "@weerbaar/reply";
 *
 * const reply = createReply({
 *   lang: "nl",
 *   intent: "body_status",
 *   title: "Leudal",
 *   blocks: [
 *     { type: "facts", facts: [{ label: "Protocol", value: "aanwezig" }, { label: "Gebruik", value: "slapend" }] },
 *   ],
 *   actions: [{ label: "Bel Leudal", value: "Leudal is gebeld" }],
 * });
 * renderPlainText(reply); // "Leudal\n\nProtocol: aanwezig\nGebruik:  slapend\n\n[Bel Leudal]"
 * ```
 * @packageDocumentation
 */

/**
 * The builders: `createReply` fills in what is left out (no actions, attachments or data), `textReply` is a
 * reply of one paragraph.
 */
export { createReply, textReply } from "./build-reply.ts";
/** The reply as plain text: the console's output and every platform's fallback. */
export { renderPlainText } from "./render-plain-text.ts";
/** The reply document and its parts; `Lang` is the domain's language ("nl" | "en"), as a value and a type. */
export {
  type Action,
  type Attachment,
  type Block,
  Lang,
  type Paging,
  type PersonMention,
  type Reply,
} from "./reply.ts";
