import type { Action, Lang } from "../assistant-types.ts";

/** The numbered options line by line: "1. Ja", "2. Nee". */
export function numberedOptions(actions: readonly Action[]): string[] {
  return actions.map((action, i) => `${i + 1}. ${action.label}`);
}

/** How to choose: by number, or by reacting 👍 / 👎 when the question is a confirmation. */
export function choiceHint(lang: Lang, actions: readonly Action[]): string {
  const confirmation = actions.some((a) => a.style === "positive");
  if (lang === "nl") {
    return confirmation
      ? "Antwoord met het nummer (of ja/nee), of reageer met 👍 om te bevestigen of 👎 om te annuleren."
      : "Antwoord met het nummer van je keuze.";
  }
  return confirmation
    ? "Reply with the number (or yes/no), or react with 👍 to confirm or 👎 to cancel."
    : "Reply with the number of your choice.";
}
