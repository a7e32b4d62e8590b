import type { Lang } from "../assistant-types.ts";

/**
 * Told to someone who answers (by reaction or by replying) a question the bot asked another person: the
 * assistant's own wording for a typed answer, so both paths read alike.
 */
export { questionForSomeoneElseText as questionForSomeoneElse } from "../assistant-types.ts";

/**
 * Told to the asker who answers an older question of theirs: it was answered already or a newer one took its
 * place, and the answer is not applied to the newer one.
 */
export function questionNoLongerOpen(lang: Lang): string {
  return lang === "en"
    ? "This question is no longer open: it was answered already or a newer question took its place. Nothing changed."
    : "Deze vraag staat niet meer open: hij is al beantwoord of er kwam een nieuwere vraag. Er is niets veranderd.";
}
