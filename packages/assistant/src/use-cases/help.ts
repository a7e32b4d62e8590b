import { createReply, type Lang, type Reply } from "@weerbaar/reply";
import { t } from "../messages/labels.ts";
import { exampleText, type HelpGroup, scoredIntents } from "../understanding/index.ts";

const groupTitles: Record<HelpGroup, { nl: string; en: string }> = {
  survey: { nl: "Uitvraag", en: "Survey" },
  bodies: { nl: "Gemeenten en provincies", en: "Municipalities and provinces" },
  outreach: { nl: "Contact en afspraken", en: "Outreach and meetings" },
  reminders: { nl: "Herinneringen", en: "Reminders" },
};

/** Per help group, the first example of each intent in it (from the intent modules), ordered by rank. */
export function helpGroups(lang: Lang): { title: string; items: string[] }[] {
  return (Object.keys(groupTitles) as HelpGroup[]).map((group) => ({
    title: groupTitles[group][lang],
    items: scoredIntents
      .flatMap((d) => (d.help?.group === group ? [{ rank: d.help.rank, examples: d.examples[lang] }] : []))
      .sort((a, b) => a.rank - b.rank)
      .flatMap(({ examples }) => (examples[0] ? [exampleText(examples[0])] : [])),
  }));
}

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
      { type: "groups", groups: helpGroups(lang) },
    ],
  });
}
