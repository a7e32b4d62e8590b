import { done, type Outcome, type Turn } from "../conversation/turn.ts";
import { t } from "../messages/labels.ts";
import { createReply } from "../reply/reply.ts";
import type { IntentName } from "../understanding/index.ts";

const suggestionExamples: Partial<Record<IntentName, { nl: string; en: string }>> = {
  list_bodies: { nl: "welke gemeenten hebben geen protocol?", en: "which municipalities have no protocol?" },
  survey_summary: { nl: "hoeveel procent heeft een protocol?", en: "what percentage has a protocol?" },
  body_status: { nl: "hoe staat Leudal ervoor?", en: "how is Leudal doing?" },
  update_survey: {
    nl: "Leudal heeft een protocol maar het ligt op de plank",
    en: "Leudal has a dormant protocol",
  },
  record_outreach: { nl: "Venlo is gebeld", en: "Venlo was called" },
  needs_call: { nl: "wie moeten we nog bellen?", en: "who still needs a call?" },
  show_contacts: { nl: "wie is de griffier van Leudal?", en: "who is the clerk of Leudal?" },
  book_meeting: {
    nl: "plan een afspraak met Leudal donderdag om 13:30",
    en: "book a meeting with Venlo next Tuesday at 10am",
  },
  agenda: { nl: "welke afspraken staan er deze week?", en: "which meetings are this week?" },
  subscribe_reminders: {
    nl: "abonneer dit kanaal op herinneringen",
    en: "subscribe this channel to reminders",
  },
  help: { nl: "help", en: "help" },
};

/** A helpful answer to what was not understood: never silence. */
export function notUnderstood(turn: Turn, suggestions: readonly IntentName[]): Outcome {
  const { lang } = turn;
  const examples = [...suggestions, "help" as const]
    .map((s) => suggestionExamples[s]?.[lang])
    .filter((s): s is string => s !== undefined);
  const picked = [...new Set(examples)].slice(0, 3);
  return done(
    createReply({
      lang,
      intent: "unknown",
      blocks: [
        {
          type: "paragraph",
          text: t(
            lang,
            "Dat begreep ik niet. Bedoel je bijvoorbeeld:",
            "I did not understand that. Did you mean, for example:",
          ),
        },
        { type: "list", items: picked },
      ],
      actions: picked.map((p) => ({ label: p, value: p })),
      data: { suggestions },
    }),
  );
}
