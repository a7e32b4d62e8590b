import { z } from "zod";
import { defineCue } from "../cue.ts";
import { reminderWordCue, unsubscribeCue } from "../cues.ts";
import { defineIntent } from "../define-intent.ts";

// The words for the reminders themselves: "herinneringen", "seintjes", "de digest", "mijn abbo's".
const reminderNoun =
  "(?:\\w*herinner\\w*|\\w*melding\\w*|notificat\\w*|reminders?|notifications?|alerts?|digests?|(?:week|dag|maand)overzicht\\w*|seintjes?|nudges?|abonnement\\w*|abb?o s|abb?os|subscriptions?)";

/** A pattern with the reminder nouns in place of `NOUN`. */
function withNoun(source: string): RegExp {
  return new RegExp(source.replaceAll("NOUN", reminderNoun));
}

// "heb ik het weekoverzicht nou uitgezet of niet?", "did I turn off the reminders or are they still on?": whether a
// reminder is on is asked, not switched, whatever verb of switching the question holds.
const statePatterns: readonly RegExp[] = [
  /\b(?:(?:heb|hebben|had) (?:ik|we|je|u)|heeft u|(?:have|did|had) (?:not )?(?:i|we|you)) (?:\w+ ){0,3}(?:switch(?:ed)?|turn(?:ed)?|aangezet|uitgezet|ingeschakeld|uitgeschakeld|aan gezet|uit gezet|opgezegd|afgemeld|aangemeld|unsubscribed|set up|ingesteld)\b/,
  /\b(?:aan of uit|uit of aan|on or off|off or on)\b/,
  /\b(?:still|nog steeds) (?:on|aan|active|actief|running)\b/,
  // "staat het weekoverzicht voor mij aan?", "is the weekly digest switched on for me?": asked, so nothing switches.
  withNoun(
    "^(?:staat|staan|is|are) (?:\\w+ ){0,3}NOUN (?:\\w+ ){0,3}(?:aan|uit|on|off|switched on|switched off|turned on|turned off|enabled|ingeschakeld)\\b",
  ),
  /\bgeabonneerd\b/,
  // "reminders currently on?", "staat het weekoverzicht momenteel aan": the present state asked, no switch.
  /\b(?:currently|momenteel|op dit moment|op het moment|at the moment|at present|presently) (?:\w+ ){0,2}(?:on|off|aan|uit|active|actief|enabled|ingeschakeld|uitgeschakeld)\b/,
];

/** Asks whether a reminder is on or off, even with a verb of switching in it. */
export const reminderStateCue = defineCue("reminderState", statePatterns);

/** "zet ... aan", "switch my reminders back on", "turn on": switches reminders on rather than asks which are set. */
export const switchOnCue = defineCue("switchOn", [
  /\b(?:turn|switch)(?:ing|ed|es|s)? (?:\w+ ){0,3}on\b/,
  /\bzet (?:\w+ ){0,3}(?:weer )?aan\b/,
  /\b(?:aanzetten|inschakelen|enable|activeer\w*|activate)\b/,
  /\bschakel (?:\w+ ){0,3}in\b/,
  /\bopt (?:\w+ ){0,2}in\b/,
  /\b(?:subscribe|abonneer)\b/,
  /\b(?:back on|weer aan)\b/,
]);

/** "welke herinneringen", "my subscriptions": asks which reminders are set. */
export const listRemindersCue = defineCue(
  "listReminders",
  [
    ...statePatterns,
    // "welke seintjes stuur je", "wich reminders do I have": one adjective may stand between ("welke actieve").
    withNoun("\\b(?:welke|wh?ich|what|wat voor) (?:\\w+ )?NOUN"),
    /\b(?:krijg ik|ontvang ik|do i get|am i getting|do i receive)\b/,
    // "overzicht seintjes", "overview of my notifications", "meldingenoverzicht".
    withNoun("\\b(?:overzicht|overview) (?:van |of )?(?:(?:mijn|my|de|the|alle|all) )?NOUN"),
    withNoun("\\bNOUN ?(?:overzicht|overview)\\b"),
    /\bwhat (?:kind|sort) of (?:reminders|notifications|alerts)\b/,
    withNoun("\\b(?:mijn|my) NOUN"),
    // "lopende herinneringen?", "active reminders?": the ones that are on.
    withNoun(
      "\\b(?:lopende|actieve|huidige|bestaande|ingestelde|active|current|running|existing) (?:\\w+ )?NOUN",
    ),
    // "could you list the notifications this channel receives?", "laat de meldingen zien".
    withNoun("\\b(?:list|show|toon|display) (?:\\w+ ){0,3}NOUN"),
    withNoun("\\blaat (?:\\w+ ){0,3}NOUN (?:\\w+ )?zien\\b"),
    /\b(?:waar )?(?:ben|sta) ik (?:\w+ )?(?:op )?geabonneerd\b/,
    /\bwhat am i subscribed\b/,
    /\bsubscriptions\b/,
    /\babonnementen\b/,
    /\b(?:heb ik|do i have)\b.*\b(?:herinner\w*|reminders|meldingen|notifications)\b/,
    /\b(?:staan|are) .*\b(?:aan|on)\b/,
    // "meldingen die aan staan?", "have I switched on notifications?", "am I already getting the digest?": the state asked.
    /\b(?:die|dat|that|which) (?:\w+ )?(?:aan staan|aanstaan|are on|is on)\b/,
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
  ],
  ["lopende", "actieve", "running", "current", "display"],
);

/** The reminders set in this channel. */
export const listReminders = defineIntent({
  name: "list_reminders",
  schema: z.object({ intent: z.literal("list_reminders") }),
  // "turn off all my notifications", "switch my reminders back on" name them to switch them, not to list them;
  // "did I turn them off or are they still on?" asks, and the switching verb is part of the question. A question
  // with "turn on" in it ("which reminders can I turn on?") stays a list: reading is safer than a write.
  score: (e) => {
    const c = e.cues;
    const stateAsked = c.has(reminderStateCue);
    return (
      (c.has(listRemindersCue) && c.has(reminderWordCue) ? 5.5 : 0) -
      (c.has(unsubscribeCue) && !stateAsked ? 3 : 0) -
      (c.has(switchOnCue) && !stateAsked && !e.isQuestion ? 3 : 0)
    );
  },
  build: () => ({ intent: "list_reminders" as const }),
  examples: {
    nl: ["welke herinneringen staan er?", "mijn meldingen", "heb ik het weekoverzicht aan of uit staan?"],
    en: ["which reminders are set?", "what reminders do I have?", "active reminders?"],
  },
  help: { group: "reminders", rank: 2 },
});
