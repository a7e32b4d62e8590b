// botbuilder as a value: import this only from code that runs inside a turn (see lazy-framework.ts).
import { cleanText } from "@weerbaar/assistant";
import { type Activity, TurnContext } from "botbuilder";

function botMentionCount(activity: Activity): number {
  const botId = activity.recipient.id;
  return TurnContext.getMentions(activity).filter((mention) => mention.mentioned.id === botId).length;
}

/** Whether the message @mentions the bot itself (someone else's mention does not count). */
export function mentionsBot(activity: Activity): boolean {
  return botMentionCount(activity) > 0;
}

/**
 * The message text with every @mention of the bot removed and whitespace tidied; mentions of other people stay.
 * The activity must have passed the activity schema (a mention entity names its account and text).
 */
export function textWithoutBotMentions(activity: Activity): string {
  // On a copy: botbuilder rewrites the text of the activity it is given, and the turn's activity stays as received.
  const copy = { ...activity, text: activity.text ?? "" };
  // One call removes one occurrence; Teams writes each mention of the bot with the same `<at>…</at>` text.
  for (let left = botMentionCount(activity); left > 0; left--) TurnContext.removeRecipientMention(copy);
  return cleanText(copy.text.replace(/&nbsp;/g, " "));
}
