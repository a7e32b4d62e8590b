/*
 * Never confidently wrong: an answer must account for the whole message. After the best intent is built, this
 * checks what it leaves unexplained and, where a wrong answer would look right, asks back with two or three
 * readings instead: a question that would write, a place adjective that names no province, a list of every body
 * nobody asked for, two intents scoring alike.
 */
import { type Analysis, BODY_PLACEHOLDER } from "./analysis.ts";
import type { Cue } from "./cue.ts";
import { everyBodyCue, howManyCue, municipalityWordCue, provinceWordCue, whichCue } from "./cues.ts";
import { functionWords } from "./function-words.ts";
import type { ClarifyReason, Intent, Reading } from "./intent.ts";
import { isKnownWord } from "./known-words.ts";
import { bodySlots } from "./slots/bodies.ts";
import { nonPlaceAdjectives, PLACE_ADJECTIVE, provinceWords } from "./vocabulary/provinces.ts";

/** The scores the understanding computed, best first, and a way to build any of them. */
export type Candidates = {
  scores: readonly { intent: string; score: number; index: number }[];
  build: (index: number) => Intent;
  minimumScore: number;
};

/** Two readings this close in score are a question, not an answer. */
const CLOSE_MARGIN = 0.5;

const writes = new Set(["update_survey", "record_outreach"]);
const listLike = new Set(["list_bodies", "survey_summary", "needs_call", "chart"]);
// "Hollandse gemeenten": two provinces are Holland.
const HOLLAND = /^holland(?:se|ers?)?$/;
const HOLLAND_CODES = ["PV27", "PV28"];

/** The cues whose words a list question accounts for: "welke", "hoeveel", "gemeenten", "alle". */
const listCues: readonly Cue[] = [whichCue, howManyCue, municipalityWordCue, provinceWordCue, everyBodyCue];

function clarify(readings: Reading[], reason: ClarifyReason, unexplained: string[] = []): Intent {
  return { intent: "clarify", readings: readings.slice(0, 3), reason, unexplained };
}

/** Words of the message that are neither function words nor read by one of the cues. */
export function wordsNotExplained(a: Analysis, cues: readonly Cue[]): string[] {
  return a.keywords
    .split(" ")
    .filter(
      (word) =>
        word.length > 1 &&
        word !== BODY_PLACEHOLDER &&
        !/\d/.test(word) &&
        !functionWords.has(word) &&
        provinceWords.valueOfToken(word) === undefined &&
        !cues.some((cue) => cue.patterns.some((pattern) => pattern.test(word))),
    );
}

function isQuestion(a: Analysis): boolean {
  return a.evidence.isQuestion && !a.evidence.hasUpdateVerb;
}

/** "Is Venlo gebeld?", "Heeft Beekdaelen de hulp afgeslagen?": asked, so the body's status answers, nothing is written. */
function questionThatWouldWrite(a: Analysis, winner: Intent, c: Candidates): Intent | undefined {
  if (!writes.has(winner.intent) || !isQuestion(a)) return undefined;
  const bodies = bodySlots(a.text, a.mentions);
  const [only] = bodies;
  if (only && bodies.length === 1) return { intent: "body_status", body: only };
  if (bodies.length > 1) {
    return clarify(
      bodies.map((body) => ({ intent: "body_status", body })),
      "close_readings",
    );
  }
  const needsCall = c.scores.find((s) => s.intent === "needs_call");
  return clarify(
    [winner as Reading, ...(needsCall ? [c.build(needsCall.index) as Reading] : [])],
    "close_readings",
  );
}

function withProvince(intent: Intent, code: string): Reading {
  if (intent.intent === "list_bodies") return { ...intent, filter: { ...intent.filter, provinceCode: code } };
  return { ...(intent as Reading), provinceCode: code } as Reading;
}

function provinceOf(intent: Intent): string | undefined {
  if (intent.intent === "list_bodies") return intent.filter.provinceCode;
  return "provinceCode" in intent ? intent.provinceCode : undefined;
}

/** "Twentse gemeenten", "Hollandse gemeenten": a place filter the assistant cannot apply as it stands. */
function unknownPlace(a: Analysis, winner: Intent): Intent | undefined {
  if (!listLike.has(winner.intent) || provinceOf(winner) !== undefined) return undefined;
  const word = PLACE_ADJECTIVE.exec(a.keywords)?.[1];
  if (!word || nonPlaceAdjectives.has(word) || provinceWords.valueOfToken(word) !== undefined)
    return undefined;
  if (HOLLAND.test(word)) {
    return clarify(
      HOLLAND_CODES.map((code) => withProvince(winner, code)),
      "unknown_place",
      [word],
    );
  }
  return clarify([winner as Reading, { intent: "survey_summary", perProvince: true }], "unknown_place", [
    word,
  ]);
}

function surveyFiltered(intent: Extract<Intent, { intent: "list_bodies" }>): boolean {
  const { protocol, usage, codeOfConduct } = intent.filter;
  return protocol !== undefined || usage !== undefined || codeOfConduct !== undefined;
}

/** The runner-up readings of a message, for a question back: scored above zero, best first. */
function runnersUp(c: Candidates, winner: Intent, count: number): Reading[] {
  return c.scores
    .filter((s) => s.intent !== winner.intent && s.score > 0)
    .slice(0, count)
    .map((s) => c.build(s.index) as Reading);
}

/** A list of every body is given only when every body was asked for ("alle gemeenten", "gemeenten in Limburg"). */
function everyBodyNotAsked(a: Analysis, winner: Intent, c: Candidates): Intent | undefined {
  if (winner.intent !== "list_bodies" || surveyFiltered(winner) || a.evidence.cues.has(everyBodyCue)) {
    return undefined;
  }
  const unexplained = wordsNotExplained(a, listCues);
  if (unexplained.length > 0) {
    // A question is read as a question first: the readings that would record something come last.
    const others = runnersUp(c, winner, 2).sort(
      (x, y) => Number(writes.has(x.intent) && isQuestion(a)) - Number(writes.has(y.intent) && isQuestion(a)),
    );
    const readings = [...others, winner as Reading];
    if (readings.length < 2) readings.unshift({ intent: "survey_summary", perProvince: false });
    return clarify(readings, "unexplained_words", unexplained);
  }
  if (winner.filter.provinceCode !== undefined) return undefined;
  return clarify([winner as Reading, { intent: "survey_summary", perProvince: false }], "every_body");
}

/** Below this a body status rests on the body's name alone: nothing asked how it is doing. */
const BARE_BODY_SCORE = 2;

/**
 * "Hoorn nam niet op", "Deventer received the invitation": a statement that names a body but that no request
 * accounts for is no question about the body's status (it may well be a note of a call), so the best readings are
 * asked back. A question naming a body is still answered with its status: that is what it most likely asks.
 */
function statementNotUnderstood(a: Analysis, winner: Intent, c: Candidates): Intent | undefined {
  const [best] = c.scores;
  if (winner.intent !== "body_status" || !best || best.score >= BARE_BODY_SCORE || a.evidence.isQuestion) {
    return undefined;
  }
  const unexplained = unexplainedWords(a);
  const others = runnersUp(c, winner, 2);
  if (unexplained.length === 0 || others.length === 0) return undefined;
  return clarify([winner as Reading, ...others], "unexplained_words", unexplained);
}

/**
 * "Hoe is het weer in Maastricht?", "wat doet Venlo?": a question that names a body but asks nothing the assistant
 * reads (no status word, no document) is not answered with the body's status: it says so and offers that reading.
 */
function questionNotUnderstood(a: Analysis, winner: Intent, c: Candidates): Intent | undefined {
  const [best] = c.scores;
  if (winner.intent !== "body_status" || !best || best.score >= BARE_BODY_SCORE || !a.evidence.isQuestion) {
    return undefined;
  }
  if (unexplainedWords(a).length === 0) return undefined;
  return { intent: "unknown", suggestions: ["body_status"] };
}

/** Two different intents that score alike. */
function closeReadings(c: Candidates, winner: Intent): Intent | undefined {
  const [best, second] = c.scores;
  if (!best || !second || second.score < c.minimumScore || best.score - second.score >= CLOSE_MARGIN) {
    return undefined;
  }
  return clarify([winner as Reading, c.build(second.index) as Reading], "close_readings");
}

/** The winner, or the question to ask back when the winner does not account for the message. */
export function accountFor(a: Analysis, winner: Intent, candidates: Candidates): Intent {
  return (
    questionThatWouldWrite(a, winner, candidates) ??
    unknownPlace(a, winner) ??
    everyBodyNotAsked(a, winner, candidates) ??
    statementNotUnderstood(a, winner, candidates) ??
    questionNotUnderstood(a, winner, candidates) ??
    closeReadings(candidates, winner) ??
    winner
  );
}

/** Content words that no cue, vocabulary or slot explains; capitalised words are names, read as slots. */
export function unexplainedWords(a: Analysis): string[] {
  const names = new Set(
    a.text
      .split(/[\s,.;:!?()"]+/)
      .filter((w) => /^\p{Lu}/u.test(w))
      .map((w) => w.toLowerCase()),
  );
  return a.keywords
    .split(" ")
    .filter(
      (word) =>
        word.length > 2 &&
        word !== BODY_PLACEHOLDER &&
        !/\d/.test(word) &&
        !names.has(word) &&
        !isKnownWord(word),
    );
}
