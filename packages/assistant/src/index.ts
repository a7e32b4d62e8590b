// The curated public API of @weerbaar/assistant.
export { type Assistant, type AssistantOptions, createAssistant } from "./assistant.ts";
export {
  appointmentsJson,
  appointmentUid,
  type CalendarDirectory,
  calendarFeed,
  type ExportedAppointment,
  type ExportedPerson,
  type IcsOptions,
  renderAppointmentsIcs,
} from "./calendar/index.ts";
export { type ChannelRef, cleanText, type IncomingMessage } from "./conversation/message.ts";
export { renderPlainText } from "./reply/render-plain-text.ts";
export {
  type Action,
  type Attachment,
  type Block,
  createReply,
  Lang,
  type Paging,
  type Reply,
  textReply,
} from "./reply/reply.ts";
export {
  detectLanguage,
  type Intent,
  type IntentName,
  type Understanding,
  understand,
} from "./understanding/index.ts";
export { mergeWhen, parseWhen, type WhenResult } from "./understanding/when/index.ts";
