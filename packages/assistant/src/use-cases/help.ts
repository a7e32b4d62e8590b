import { t } from "../messages/labels.ts";
import { createReply, type Lang, type Reply } from "../reply/reply.ts";

const examples: Record<Lang, { title: string; items: string[] }[]> = {
  nl: [
    {
      title: "Uitvraag",
      items: [
        "welke gemeenten in Limburg hebben geen protocol?",
        "hoeveel procent heeft een agressieprotocol?",
        "Leudal heeft een protocol maar het ligt op de plank",
      ],
    },
    {
      title: "Gemeenten en provincies",
      items: ["hoe staat Leudal ervoor?", "wie is de griffier van Leudal?", "wie moeten we nog bellen?"],
    },
    {
      title: "Contact en afspraken",
      items: [
        "Venlo is gebeld",
        "plan een afspraak met Leudal donderdag om 13:30",
        "welke afspraken staan er deze week?",
      ],
    },
    {
      title: "Herinneringen",
      items: ["abonneer dit kanaal op herinneringen", "welke herinneringen staan er?"],
    },
  ],
  en: [
    {
      title: "Survey",
      items: [
        "which municipalities in Limburg have no protocol?",
        "what percentage has an aggression protocol?",
        "Leudal has a protocol but it is dormant",
      ],
    },
    {
      title: "Municipalities and provinces",
      items: ["how is Leudal doing?", "who is the clerk of Leudal?", "who still needs a call?"],
    },
    {
      title: "Outreach and meetings",
      items: [
        "Venlo was called",
        "book a meeting with Leudal on Thursday at 1:30 pm",
        "which meetings are this week?",
      ],
    },
    { title: "Reminders", items: ["subscribe this channel to reminders", "which reminders are set?"] },
  ],
};

/** What the assistant can do, with examples in the user's language. */
export function helpReply(lang: Lang): Reply {
  return createReply({
    lang,
    intent: "help",
    title: t(lang, "Waarmee kan ik helpen?", "How can I help?"),
    blocks: [
      {
        type: "paragraph",
        text: t(
          lang,
          "Ik houd de uitvraag, de contacten en de afspraken met gemeenten en provincies bij. Vraag bijvoorbeeld:",
          "I keep track of the survey, contacts and meetings with municipalities and provinces. Ask for example:",
        ),
      },
      { type: "groups", groups: examples[lang].map((g) => ({ title: g.title, items: g.items })) },
    ],
  });
}
