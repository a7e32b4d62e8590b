import { z } from "zod";
import { defineCue } from "../cue.ts";
import {
  bookCue,
  meetingWordCue,
  periodicCue,
  reminderWordCue,
  subscribeCue,
  unsubscribeCue,
} from "../cues.ts";
import { defineIntent, optional } from "../define-intent.ts";
import { extractReminderTopics } from "../slots/reminder-kinds.ts";
import { ReminderTopic } from "../slots/schemas.ts";
import { listRemindersCue, reminderStateCue, switchOnCue } from "./list-reminders.ts";

/** "remind me what you can do", "herinner me wie dat was": asks to be told something again, not for a reminder. */
const remindMeOfCue = defineCue("remindMeOf", [
  /\bremind me (?:again )?(?:what|how|who|which|where|of what)\b/,
  /\bherinner me (?:er ?aan |nog eens |even )?(?:wat|hoe|wie|welke|waar)\b/,
]);

/**
 * "ik wil het weekoverzicht niet missen", "ik wil geen follow-up meer vergeten", "don't want to miss the digest": a
 * wish to get it, negation and all. "don't forget to turn them off" is an errand, not a wish not to forget.
 */
export const notToMissCue = defineCue("notToMiss", [
  /\b(?:niet|nooit) (?:meer )?(?:willen )?(?:missen|mislopen)\b/,
  /\bgeen (?:\w+ ){1,3}(?:meer )?(?:willen |te )?(?:missen|mislopen)\b/,
  /\b(?:do not|never|not) (?:\w+ ){0,2}(?:want to |wish to )?miss\b/,
  // Forgetting only as a wish: "ik vergeet ze toch nooit, zet ze uit" and "niet vergeten de meldingen uit te
  // zetten" are no wish to be reminded.
  /\b(?:wil|willen|wilt) (?:\w+ ){0,4}(?:niet|nooit) (?:meer )?vergeten\b(?! (?:om|dat|te|de|het|die|hoe|wat|of)\b)/,
  /\b(?:wil|willen|wilt) (?:\w+ ){0,2}geen (?:\w+ ){1,3}(?:meer )?vergeten\b/,
  /\bzodat (?:ik|we|wij) (?:\w+ ){0,3}(?:niet|niets|nooit) (?:meer )?vergeet\b/,
  /\b(?:do not|never) (?:want|wish) to forget\b/,
]);

/** Reminders in this channel: kinds (meetings, follow_ups, digest), `whenText` for a digest's day and hour. */
export const subscribeReminders = defineIntent({
  name: "subscribe_reminders",
  schema: z.object({
    intent: z.literal("subscribe_reminders"),
    kinds: z.array(ReminderTopic).min(1).optional(),
    whenText: z.string(),
  }),
  score: (e) => {
    const c = e.cues;
    return (
      (e.reminderContext && c.has(subscribeCue) ? 4 : 0) +
      (c.has(periodicCue) && c.has(subscribeCue) ? 2.5 : 0) +
      (c.has(reminderWordCue) ? 1 : 0) -
      (c.has(unsubscribeCue) ? 4 : 0) -
      // "switch my reminders back on" names them to switch them; "welke seintjes stuur je?" asks which, and "do I
      // get the weekly digest?" asks even more plainly: a question weighs against switching more than a statement.
      (c.has(listRemindersCue) && !(c.has(switchOnCue) && !e.isQuestion) ? (e.isQuestion ? 4 : 2) : 0) -
      (c.has(remindMeOfCue) ? 5 : 0) -
      // "heb ik het weekoverzicht aan of uit staan?": asks the state, switches nothing.
      (c.has(reminderStateCue) ? 5 : 0) -
      // "kun je een afspraak zetten op maandag?": a meeting to book, no reminder named.
      (c.has(bookCue) && c.has(meetingWordCue) && !c.has(reminderWordCue) ? 3 : 0) +
      (c.has(notToMissCue) && e.reminderContext ? 6 : 0)
    );
  },
  build: (a) => ({
    intent: "subscribe_reminders" as const,
    ...optional("kinds", extractReminderTopics(a.keywords)),
    whenText: a.text.replace(/\s+/g, " ").trim(),
  }),
  examples: {
    nl: ["abonneer dit kanaal op herinneringen", "stuur me elke maandag een overzicht", "weekoverzicht aan"],
    en: ["subscribe this channel to reminders", "send me a weekly digest", "switch my reminders back on"],
  },
  help: { group: "reminders", rank: 1 },
});
