import { createReply, type Lang } from "@weerbaar/reply";
import { done, type Outcome, type Turn } from "../conversation/turn.ts";
import { t } from "../messages/labels.ts";
import { exampleText, type IntentName, intentDefinitions } from "../understanding/index.ts";

/** The first example of an intent in the user's language: what "did you mean" offers. */
function firstExample(name: IntentName, lang: Lang): string | undefined {
  const definition = intentDefinitions.find((d) => d.name === name);
  const [first] = definition?.examples[lang] ?? [];
  return first === undefined ? undefined : exampleText(first);
}

/** A helpful answer to what was not understood: never silence. */
export function notUnderstood(turn: Turn, suggestions: readonly IntentName[]): Outcome {
  const { lang } = turn;
  const examples = [...suggestions, "help" as const]
    .map((s) => firstExample(s, lang))
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
