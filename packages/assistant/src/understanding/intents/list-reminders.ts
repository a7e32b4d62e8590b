import { z } from "zod";
import { defineCue } from "../cue.ts";
import { reminderWordCue, unsubscribeCue } from "../cues.ts";
import { defineIntent } from "../define-intent.ts";

/** "welke herinneringen", "my subscriptions": asks which reminders are set. */
export const listRemindersCue = defineCue("listReminders", [
  /\bwelke (?:herinner\w*|meldingen|notificaties)\b/,
  /\bwhich (?:reminders|notifications|alerts)\b/,
  /\bwhat (?:reminders|notifications|alerts)\b/,
  /\bwat voor (?:herinner\w*|meldingen|notificaties)\b/,
  /\b(?:krijg ik|ontvang ik|do i get|am i getting|do i receive)\b/,
  /\b(?:overzicht|overview) (?:van |of )?(?:mijn |my )?(?:herinner\w*|meldingen|reminders|notifications)\b/,
  /\b(?:herinner\w*|meldingen|reminders|notifications) ?(?:overzicht|overview)\b/,
  /\bwhat (?:kind|sort) of (?:reminders|notifications|alerts)\b/,
  /\bmijn (?:herinner\w*|meldingen|notificaties|abonnementen)\b/,
  /\bmy (?:reminders|notifications|subscriptions|alerts)\b/,
  /\b(?:waar )?(?:ben|sta) ik (?:\w+ )?(?:op )?geabonneerd\b/,
  /\bwhat am i subscribed\b/,
  /\bsubscriptions\b/,
  /\babonnementen\b/,
  /\b(?:heb ik|do i have)\b.*\b(?:herinner\w*|reminders|meldingen|notifications)\b/,
  /\b(?:staan|are) .*\b(?:aan|on)\b/,
  // "meldingen die aan staan?", "have I switched on notifications?", "am I already getting the digest?": the state asked.
  /\b(?:die|dat|that|which) (?:\w+ )?(?:aan staan|aanstaan|are on|is on)\b/,
  /\b(?:heb ik|hebben we|have i|have we|did i|did we) (?:\w+ ){0,2}(?:switched|turned|aangezet|ingeschakeld|aan gezet|set up|ingesteld)\b/,
  /\b(?:am i|are we|is this channel|is dit kanaal|zijn we|ben ik) (?:\w+ ){0,2}(?:getting|receiving|subscribed|geabonneerd)\b/,
  /\bsubscribed to\b/,
  /\b(?:ben ik|am i|are we|zijn we) (?:\w+ )?(?:aangemeld|signed up|subscribed|ingeschreven)\b/,
  /\b(?:krijgt|ontvangt|gets?) (?:dit|this) (?:kanaal|channel)\b/,
  /\bdoes this channel\b/,
  /\bwaar ik (?:\w+ )?op geabonneerd\b/,
  /^(?:list|show|toon|laat)\b.*\b(?:i receive|i get|ik krijg|ik ontvang)\b/,
  /\bwat voor (?:\w+ )?(?:stuur|send) (?:je|jij|you)\b/,
  /\bwhat (?:kind|sort) of \w+ do you send\b/,
  /\b(?:krijgen|ontvangen) (?:we|wij|jullie) (?:hier )?\b/,
  /\b(?:zijn|staan) er (?:\w+ ){0,2}(?:ingesteld|aan|actief)\b/,
  /^(?:list|show|toon|lijst)(?: (?:my|mijn|de|the|all|alle))? (?:herinner\w*|melding\w*|reminders?|notifications?|alerts?)$/,
]);

/** The reminders set in this channel. */
export const listReminders = defineIntent({
  name: "list_reminders",
  schema: z.object({ intent: z.literal("list_reminders") }),
  // "turn off all my notifications" names them to switch them off, not to list them.
  score: (e) =>
    (e.cues.has(listRemindersCue) && e.cues.has(reminderWordCue) ? 5.5 : 0) -
    (e.cues.has(unsubscribeCue) ? 3 : 0),
  build: () => ({ intent: "list_reminders" as const }),
  examples: {
    nl: ["welke herinneringen staan er?", "mijn meldingen"],
    en: ["which reminders are set?", "what reminders do I have?"],
  },
  help: { group: "reminders", rank: 2 },
});
