import { z } from "zod";
import { defineCue } from "../cue.ts";
import { reminderWordCue } from "../cues.ts";
import { defineIntent } from "../define-intent.ts";

/** "welke herinneringen", "my subscriptions": asks which reminders are set. */
export const listRemindersCue = defineCue("listReminders", [
  /\bwelke (?:herinneringen|meldingen|notificaties)\b/,
  /\bwhich (?:reminders|notifications|alerts)\b/,
  /\bwhat (?:reminders|notifications|alerts)\b/,
  /\bwat voor (?:herinneringen|meldingen|notificaties)\b/,
  /\b(?:krijg ik|ontvang ik|do i get|am i getting|do i receive)\b/,
  /\b(?:overzicht|overview) (?:van |of )?(?:mijn |my )?(?:herinneringen|meldingen|reminders|notifications)\b/,
  /\b(?:herinneringen|meldingen|reminders|notifications) ?(?:overzicht|overview)\b/,
  /\bwhat (?:kind|sort) of (?:reminders|notifications|alerts)\b/,
  /\bmijn (?:herinneringen|meldingen|notificaties|abonnementen)\b/,
  /\bmy (?:reminders|notifications|subscriptions|alerts)\b/,
  /\bwaar ben ik op geabonneerd\b/,
  /\bwhat am i subscribed\b/,
  /\bsubscriptions\b/,
  /\babonnementen\b/,
  /\b(?:heb ik|do i have)\b.*\b(?:herinneringen|reminders|meldingen|notifications)\b/,
  /\b(?:staan|are) .*\b(?:aan|on)\b/,
]);

/** The reminders set in this channel. */
export const listReminders = defineIntent({
  name: "list_reminders",
  schema: z.object({ intent: z.literal("list_reminders") }),
  score: (e) => (e.cues.has(listRemindersCue) && e.cues.has(reminderWordCue) ? 5.5 : 0),
  build: () => ({ intent: "list_reminders" as const }),
  examples: {
    nl: ["welke herinneringen staan er?", "mijn meldingen"],
    en: ["which reminders are set?", "what reminders do I have?"],
  },
  help: { group: "reminders", rank: 2 },
});
