// The curated public API of @weerbaar/assistant.
// The reply document lives in @weerbaar/reply; it is re-exported so that adapters need only the assistant.
export {
  type Action,
  type Attachment,
  type Block,
  createReply,
  Lang,
  type Paging,
  type PersonMention,
  type Reply,
  renderPlainText,
  textReply,
} from "@weerbaar/reply";
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
export {
  type ChannelRef,
  cleanText,
  type IncomingMessage,
  type MessageMention,
} from "./conversation/message.ts";
export {
  detectLanguage,
  type Intent,
  type IntentName,
  type Understanding,
  understand,
} from "./understanding/index.ts";
export { mergeWhen, parseWhen, type WhenResult } from "./understanding/when/index.ts";
/** The words for someone who answers a question asked of another person (adapters refusing a reaction use them too). */
export { questionForSomeoneElseText } from "./use-cases/someone-elses-question.ts";
