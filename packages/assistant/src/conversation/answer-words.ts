import type { Intent } from "../understanding/index.ts";

/** What asks for the next page of a long list. */
export const nextPageWords: ReadonlySet<string> = new Set([
  "meer",
  "more",
  "volgende",
  "next",
  "verder",
  "volgende pagina",
  "next page",
]);

/** The text as a bare word, for comparing with the next-page words. */
export function bareWord(text: string): string {
  return text.toLowerCase().replace(/[.!?]/g, "").trim();
}

/** Whether a message answers a question (yes, no, a choice, "more") rather than asking something of its own. */
export function readsAsAnswer(intent: Intent, text: string): boolean {
  return (
    intent.intent === "confirm" ||
    intent.intent === "cancel" ||
    intent.intent === "choose" ||
    nextPageWords.has(bareWord(text))
  );
}
