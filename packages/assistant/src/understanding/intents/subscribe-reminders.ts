import { z } from "zod";
import { periodicCue, reminderWordCue, subscribeCue, unsubscribeCue } from "../cues.ts";
import { defineIntent, optional } from "../define-intent.ts";
import { extractReminderTopics } from "../slots/reminder-kinds.ts";
import { ReminderTopic } from "../slots/schemas.ts";
import { listRemindersCue } from "./list-reminders.ts";

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
      (c.has(listRemindersCue) ? 2 : 0)
    );
  },
  build: (a) => ({
    intent: "subscribe_reminders" as const,
    ...optional("kinds", extractReminderTopics(a.keywords)),
    whenText: a.text.trim(),
  }),
  examples: {
    nl: ["abonneer dit kanaal op herinneringen", "stuur me elke maandag een overzicht"],
    en: ["subscribe this channel to reminders", "send me a weekly digest"],
  },
  help: { group: "reminders", rank: 1 },
});
