import { accountFor, unexplainedWords } from "./accounting.ts";
import { type Analysis, analyse } from "./analysis.ts";
import { withoutRejectedAlternatives } from "./contrast.ts";
import { outOfScopeCue } from "./cues.ts";
import type { Intent, IntentName, Understanding } from "./intent.ts";
import { answerIntents, scoredIntents, wholeMessageIntents } from "./intents/index.ts";
import { type Lang, languageOfNormalized } from "./language.ts";
import { normalizeText } from "./normalize.ts";
import type { MentionedPerson } from "./slots/colleague.ts";
import { outOfScopeTopics } from "./vocabulary/out-of-scope.ts";

/** The lowest score that wins; below it the message is not understood. */
export const MINIMUM_SCORE = 1.5;

type ScoredName = (typeof scoredIntents)[number]["name"];

/** Every scored intent with its score, best first (ties keep the registry order). */
export type Scores = { intent: ScoredName; score: number; index: number }[];

/** Scores every intent that is recognised from cues; whole-message answers are decided before. */
export function scoreIntents(analysis: Analysis): Scores {
  return scoredIntents
    .map((definition, index) => ({
      intent: definition.name,
      score: definition.score(analysis.evidence),
      index,
    }))
    .sort((a, b) => b.score - a.score || a.index - b.index);
}

function confidenceOf(best: number, second: number): number {
  const strength = Math.min(1, best / 5);
  const margin = best > 0 ? Math.max(0, Math.min(1, (best - second) / best)) : 0;
  return Math.round(strength * (0.5 + 0.5 * margin) * 100) / 100;
}

/** The slots of a scored intent; the definitions build their own type, checked by intent-schema.test.ts. */
export function buildIntent(index: number, analysis: Analysis): Intent {
  const definition = scoredIntents[index];
  if (!definition) throw new Error(`no intent at ${index}`);
  return definition.build(analysis) as Intent;
}

// The intent is not parsed by its zod schema here: this runs on every message, and the schema is checked against
// the whole corpus and random text in test/intent-schema.test.ts instead.
function answer(lang: Lang, intent: Intent, confidence: number, normalizedText: string): Understanding {
  return { lang, intent, confidence, normalizedText };
}

function notUnderstood(
  scores: Scores,
  analysis: Analysis,
  lang: Lang,
  normalizedText: string,
): Understanding {
  const fallback = analysis.evidence.cues.has(outOfScopeCue)
    ? -1
    : scoredIntents.findIndex((definition) =>
        "fallback" in definition ? definition.fallback?.(analysis) : false,
      );
  if (fallback >= 0) return answer(lang, buildIntent(fallback, analysis), 0.3, normalizedText);
  const suggestions: IntentName[] = scores
    .filter((s) => s.score > 0)
    .slice(0, 3)
    .map((s) => s.intent);
  return answer(
    lang,
    { intent: "unknown", suggestions: suggestions.length > 0 ? suggestions : ["help"] },
    0,
    normalizedText,
  );
}

function firstSentence(text: string): string {
  return /^[^.!?]*[.!?]?/.exec(text.trim())?.[0] ?? text;
}

function aboutOutOfScope(sentence: string): boolean {
  const normalized = normalizeText(sentence);
  return outOfScopeTopics.patterns.some((pattern) => pattern.test(normalized));
}

/** What understand reads besides the text. */
export type UnderstandOptions = {
  langHint?: Lang;
  /** The colleagues the message @mentions; their names already stand in the text. */
  people?: readonly MentionedPerson[];
};

/** What a message means: its language, intent with slots, and how sure the recogniser is. */
export function understand(written: string, options: UnderstandOptions = {}): Understanding {
  const text = withoutRejectedAlternatives(written);
  const normalizedText = normalizeText(text);
  const lang = languageOfNormalized(normalizedText, options.langHint);
  for (const definition of answerIntents) {
    const recognised = definition.recognize(text, normalizedText);
    if (recognised) return answer(lang, recognised, definition.confidence, normalizedText);
  }
  // A call note quotes its sentences as written; each is read (and its alternatives weighed) on its own.
  for (const definition of wholeMessageIntents) {
    const recognised = definition.recognize(written, lang);
    if (recognised) return answer(lang, recognised, definition.confidence, normalizedText);
  }
  const analysis = analyse(text, normalizedText, lang, options.people, written);
  const scores = scoreIntents(analysis);
  const [best, second] = scores;
  // "boek een treinkaartje naar Maastricht": about something the assistant does not do, whatever else it scores.
  // Only the request itself counts: "wat weten we van Ouder-Amstel? ivm het artikel in de krant" asks about a body.
  const outOfScope = analysis.evidence.cues.has(outOfScopeCue) && aboutOutOfScope(firstSentence(text));
  if (!best || best.score < MINIMUM_SCORE || outOfScope)
    return notUnderstood(scores, analysis, lang, normalizedText);
  const winner = buildIntent(best.index, analysis);
  const intent = accountFor(analysis, winner, {
    scores,
    build: (index) => buildIntent(index, analysis),
    minimumScore: MINIMUM_SCORE,
  });
  if (intent.intent === "clarify") return answer(lang, intent, 0.3, normalizedText);
  const unexplained = unexplainedWords(analysis).length;
  const confidence = confidenceOf(best.score, second?.score ?? 0) * Math.max(0.5, 1 - 0.15 * unexplained);
  return answer(lang, intent, Math.round(confidence * 100) / 100, normalizedText);
}
