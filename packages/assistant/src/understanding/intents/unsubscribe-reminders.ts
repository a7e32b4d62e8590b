import { z } from "zod";
import { periodicCue, unsubscribeCue } from "../cues.ts";
import { defineIntent, optional } from "../define-intent.ts";
import { extractReminderTopics } from "../slots/reminder-kinds.ts";
import { ReminderTopic } from "../slots/schemas.ts";
import { listRemindersCue, reminderStateCue } from "./list-reminders.ts";
import { notToMissCue } from "./subscribe-reminders.ts";

/** Stops reminders in this channel, all or some kinds. */
export const unsubscribeReminders = defineIntent({
  name: "unsubscribe_reminders",
  schema: z.object({
    intent: z.literal("unsubscribe_reminders"),
    kinds: z.array(ReminderTopic).min(1).optional(),
  }),
  score: (e) =>
    ((e.reminderContext || e.cues.has(periodicCue)) && e.cues.has(unsubscribeCue) ? 5 : 0) -
    (e.cues.has(listRemindersCue) ? 1 : 0) -
    (e.cues.has(notToMissCue) ? 6 : 0) -
    // "did I turn off the meeting reminders or are they still on?": asks the state, switches nothing.
    (e.cues.has(reminderStateCue) ? 5 : 0),
  build: (a) => ({
    intent: "unsubscribe_reminders" as const,
    ...optional("kinds", extractReminderTopics(a.keywords)),
  }),
  examples: {
    nl: ["stop met herinneringen hier", "zet de meldingen uit", "weekoverzicht uit"],
    en: ["turn off the reminders", "no more digests please", "opt me out of the notifications"],
  },
});
