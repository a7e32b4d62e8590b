import type { Body, BodyKind } from "./body.ts";
import { type BodyIndex, bodyIndex, type NameEntry } from "./body-index.ts";
import { allowedEdits, osaDistance } from "./edit-distance.ts";
import { type Token, tokenize } from "./normalize.ts";
import { stopWords } from "./stop-words.ts";

/** Where in the text a body was named. */
export type BodyMention = { matchedText: string; start: number; end: number };
/** What a person meant by a name. */
export type BodyResolution =
  | ({ status: "found"; body: Body; fuzzy: boolean } & BodyMention)
  | ({ status: "ambiguous"; candidates: Body[] } & BodyMention)
  | { status: "not_found" };
/** A body named in a text: found, or ambiguous between several. */
export type BodyMatch = Exclude<BodyResolution, { status: "not_found" }>;
/** Narrows the search to municipalities or provinces. */
export type ResolveBodyOptions = { kind?: BodyKind };

const municipalityWords = new Set(["gemeente", "municipality", "stad", "city"]);
const provinceWords = new Set(["provincie", "province"]);
const pluralMunicipalityWords = new Set(["gemeenten", "gemeentes", "municipalities"]);
const maxTotalEdits = 2;

type Alternative = { text: string; cost: number };
type Candidate = { entry: NameEntry; last: number; cost: number };

/** The body a text means (the whole text is a name, or a name inside a longer sentence). */
export function resolveBody(text: string, options: ResolveBodyOptions = {}): BodyResolution {
  return new Scan(text, options, bodyIndex).next(0)?.match ?? { status: "not_found" };
}

/** Every body named in a sentence, left to right, not overlapping ("found" and "ambiguous" only). */
export function findBodyMentions(text: string, options: ResolveBodyOptions = {}): BodyMatch[] {
  const scan = new Scan(text, options, bodyIndex);
  const matches: BodyMatch[] = [];
  for (let step = scan.next(0); step; step = scan.next(step.resumeAt)) matches.push(step.match);
  return matches;
}

function kindOfWord(word: string | undefined): BodyKind | undefined {
  if (word === undefined) return undefined;
  if (municipalityWords.has(word)) return "municipality";
  return provinceWords.has(word) ? "province" : undefined;
}

const correctionCache = new Map<string, Alternative[]>();
const correctionCacheSize = 2000;

/** Names' words within the allowed edits of a typed word; remembered, as chat repeats its words. */
function corrections(word: string, index: BodyIndex): Alternative[] {
  const cached = index === bodyIndex ? correctionCache.get(word) : undefined;
  if (cached) return cached;
  const found: Alternative[] = [];
  for (let length = word.length - maxTotalEdits; length <= word.length + maxTotalEdits; length++) {
    for (const target of index.correctableByLength.get(length) ?? []) {
      const limit = allowedEdits(target.length);
      const distance = osaDistance(word, target, limit);
      if (distance <= limit) found.push({ text: target, cost: distance });
    }
  }
  if (index === bodyIndex) {
    if (correctionCache.size >= correctionCacheSize) correctionCache.clear();
    correctionCache.set(word, found);
  }
  return found;
}

/** One pass over one text; alternatives per word are computed only when a scan reaches them. */
class Scan {
  private readonly tokens: Token[];
  private readonly alternatives: (Alternative[] | undefined)[];
  /** An all-capitals text says nothing about which words are names. */
  private readonly caseIsMeaningful: boolean;

  constructor(
    private readonly text: string,
    private readonly options: ResolveBodyOptions,
    private readonly index: BodyIndex,
  ) {
    this.tokens = tokenize(text);
    this.alternatives = new Array(this.tokens.length);
    this.caseIsMeaningful = /\p{Ll}/u.test(text);
  }

  /** The first body named at or after word `from`, and the word to continue after it. */
  next(from: number): { match: BodyMatch; resumeAt: number } | undefined {
    for (let first = from; first < this.tokens.length; first++) {
      const found = this.matchAt(first);
      if (found) return found;
    }
    return undefined;
  }

  private matchAt(first: number): { match: BodyMatch; resumeAt: number } | undefined {
    const candidates: Candidate[] = [];
    this.collect(first, first, "", 0, candidates);
    candidates.sort((a, b) => b.last - a.last || a.cost - b.cost);
    for (const best of candidates) {
      const tied = candidates.filter(
        (c) => c.last === best.last && c.cost === best.cost && this.acceptable(c, first),
      );
      if (tied.length === 0) continue;
      const bodies = [...new Set(tied.flatMap((c) => this.allowedBodies(c.entry)))];
      if (bodies.length === 0) continue;
      return this.toMatch(first, best.last, best.cost, bodies);
    }
    return undefined;
  }

  private collect(first: number, position: number, prefix: string, cost: number, into: Candidate[]) {
    if (position >= this.tokens.length || position - first >= this.index.maxKeyWords) return;
    for (const alternative of this.alternativesAt(position)) {
      const total = cost + alternative.cost;
      if (total > maxTotalEdits) continue;
      const key = prefix ? `${prefix} ${alternative.text}` : alternative.text;
      const entry = this.index.entries.get(key);
      if (entry && total <= allowedEdits(entry.letterCount))
        into.push({ entry, last: position, cost: total });
      if (this.index.prefixes.has(key)) this.collect(first, position + 1, key, total, into);
    }
  }

  private alternativesAt(position: number): Alternative[] {
    const cached = this.alternatives[position];
    if (cached) return cached;
    const token = this.tokens[position] as Token;
    const alternatives: Alternative[] = [{ text: token.text, cost: 0 }];
    if (this.mayCorrect(position)) alternatives.push(...corrections(token.text, this.index));
    this.alternatives[position] = alternatives;
    return alternatives;
  }

  /** Typo correction only for longer, unknown, non-everyday words. */
  private mayCorrect(position: number): boolean {
    const token = this.tokens[position] as Token;
    const word = token.text;
    if (word.length < 5 || /\d/.test(word)) return false;
    if (this.index.vocabulary.has(word) || stopWords.has(word)) return false;
    // Five-letter lower-case words are mostly real words ("laten", "reden"): only a mid-sentence
    // capital or a text of one word marks them as a mistyped name.
    if (word.length === 5 && this.tokens.length > 1) {
      return token.capitalized && this.caseIsMeaningful && !this.startsSentence(position);
    }
    return true;
  }

  private startsSentence(position: number): boolean {
    const token = this.tokens[position] as Token;
    const before = this.text.slice(0, token.start).trimEnd();
    return before === "" || /[.!?:]$/.test(before);
  }

  private acceptable(candidate: Candidate, first: number): boolean {
    if (!candidate.entry.commonWord) return true;
    const token = this.tokens[first] as Token;
    const wholeText = first === 0 && candidate.last === this.tokens.length - 1;
    const afterKindWord = this.kindWordBefore(first) !== undefined;
    return wholeText || afterKindWord || (token.capitalized && this.caseIsMeaningful);
  }

  private allowedBodies(entry: NameEntry): Body[] {
    const kind = this.options.kind;
    return kind ? entry.bodies.filter((body) => body.kind === kind) : entry.bodies;
  }

  /** "gemeente Best", "the municipality of Best". */
  private kindWordBefore(first: number): BodyKind | undefined {
    const skip = this.tokens[first - 1]?.text === "of" ? 1 : 0;
    return kindOfWord(this.tokens[first - 1 - skip]?.text);
  }

  /** "gemeente Utrecht", "the province of Utrecht", "gemeenten in Utrecht", "Utrecht (provincie)". */
  private contextKind(first: number, last: number): { kind?: BodyKind; closesAt?: number } {
    const before = (offset: number) => this.tokens[first - offset]?.text;
    const kindBefore = this.kindWordBefore(first);
    if (kindBefore) return { kind: kindBefore };
    if ((before(1) === "in" || before(1) === "uit") && pluralMunicipalityWords.has(before(2) ?? "")) {
      return { kind: "province" };
    }
    const next = this.tokens[last + 1];
    const kindAfter = kindOfWord(next?.text);
    if (!next || !kindAfter) return {};
    const gap = this.text.slice((this.tokens[last] as Token).end, next.start);
    if (gap.includes("(")) {
      const closing = this.text.indexOf(")", next.end);
      const closesAt =
        closing >= 0 && this.text.slice(next.end, closing).trim() === "" ? closing + 1 : undefined;
      return { kind: kindAfter, closesAt };
    }
    return next.text === "stad" || next.text === "city" ? { kind: kindAfter } : {};
  }

  private toMatch(first: number, last: number, cost: number, bodies: Body[]) {
    const context = this.contextKind(first, last);
    const narrowed = context.kind ? bodies.filter((body) => body.kind === context.kind) : [];
    const chosen = narrowed.length > 0 && bodies.length > 1 ? narrowed : bodies;
    const span = this.span(first, last, narrowed.length > 0 ? context.closesAt : undefined);
    const resumeAt = last + 1 + (span.consumedKindWord ? 1 : 0);
    const mention: BodyMention = {
      matchedText: this.text.slice(span.start, span.end),
      start: span.start,
      end: span.end,
    };
    const [only] = chosen;
    const match: BodyMatch =
      chosen.length === 1 && only
        ? { status: "found", body: only, fuzzy: cost > 0, ...mention }
        : { status: "ambiguous", candidates: chosen, ...mention };
    return { match, resumeAt };
  }

  /** Original offsets, widened over "'s" and a closing "(L.)" so the matched text reads as written. */
  private span(first: number, last: number, closesAt: number | undefined) {
    const firstToken = this.tokens[first] as Token;
    const lastToken = this.tokens[last] as Token;
    let start = firstToken.start;
    if (firstToken.text === "s" && /['’‘`]/.test(this.text[start - 1] ?? "")) start--;
    if (closesAt !== undefined) return { start, end: closesAt, consumedKindWord: true };
    let end = lastToken.end;
    if (lastToken.text.length <= 2 && this.text[end] === ".") end++;
    const written = this.text.slice(start, end);
    if (written.includes("(") && !written.includes(")") && this.text[end] === ")") end++;
    return { start, end, consumedKindWord: false };
  }
}
