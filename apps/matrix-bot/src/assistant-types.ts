// The assistant API the adapter codes against, in one place.
export type {
  Action,
  Assistant,
  Attachment,
  Block,
  ChannelRef,
  IncomingMessage,
  Lang,
  MessageMention,
  Reply,
} from "@weerbaar/assistant";
export { questionForSomeoneElseText, renderPlainText } from "@weerbaar/assistant";
